/** `kaggle competitions list` → `ListCompetitions`. */
import { defineRun, table } from "../../command";
import { competitionColumns } from "../../output/columns";
import { lookupEnum } from "../../../core/enums";
import type { CompetitionListTab, CompetitionSortBy, HostSegment } from "../../../core/types/competitions";
import { checkPageSize } from "../shared";
import { LIST } from "./flags";

const GROUPS: Record<string, CompetitionListTab> = {
  general: "COMPETITION_LIST_TAB_GENERAL",
  entered: "COMPETITION_LIST_TAB_ENTERED",
  community: "COMPETITION_LIST_TAB_COMMUNITY",
  hosted: "COMPETITION_LIST_TAB_HOSTED",
  unlaunched: "COMPETITION_LIST_TAB_UNLAUNCHED",
  unlaunched_community: "COMPETITION_LIST_TAB_UNLAUNCHED_COMMUNITY",
};

const CATEGORIES: Record<string, HostSegment> = {
  unspecified: "HOST_SEGMENT_UNSPECIFIED",
  featured: "HOST_SEGMENT_FEATURED",
  research: "HOST_SEGMENT_RESEARCH",
  recruitment: "HOST_SEGMENT_RECRUITMENT",
  gettingStarted: "HOST_SEGMENT_GETTING_STARTED",
  masters: "HOST_SEGMENT_MASTERS",
  playground: "HOST_SEGMENT_PLAYGROUND",
};

const SORTS: Record<string, CompetitionSortBy> = {
  grouped: "COMPETITION_SORT_BY_GROUPED",
  best: "COMPETITION_SORT_BY_BEST",
  prize: "COMPETITION_SORT_BY_PRIZE",
  earliestDeadline: "COMPETITION_SORT_BY_EARLIEST_DEADLINE",
  latestDeadline: "COMPETITION_SORT_BY_LATEST_DEADLINE",
  numberOfTeams: "COMPETITION_SORT_BY_NUMBER_OF_TEAMS",
  relevance: "COMPETITION_SORT_BY_RELEVANCE",
  recentlyCreated: "COMPETITION_SORT_BY_RECENTLY_CREATED",
};

export const run = defineRun(LIST, async (args, ctx) => {
  const group = lookupEnum(GROUPS, args.group, "group");
  const category = lookupEnum<HostSegment>(CATEGORIES, args.category, "category", { all: "HOST_SEGMENT_UNSPECIFIED" });
  const sortBy = lookupEnum(SORTS, args.sort_by, "sort_by");
  checkPageSize(args.page_size);
  ctx.formatChoice(args); // a bad --format fails before any request
  const page = await ctx.client.competitions.list({
    group,
    category,
    sortBy,
    search: args.search,
    page: args.page,
    pageSize: args.page_size,
    pageToken: args.page_token,
  });
  return table(page.competitions ?? [], competitionColumns, { nextPageToken: page.nextPageToken, empty: "No competitions found" });
});
