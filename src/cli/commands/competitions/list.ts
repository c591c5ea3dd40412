/** `kaggle competitions list` → `ListCompetitions`. */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { competitionColumns } from "../../output/columns";
import { lookupEnum } from "../../../core/enums";
import type { CompetitionListTab, CompetitionSortBy, HostSegment } from "../../../core/types/competitions";
import { checkPageSize, int, pageOptions, str } from "../shared";

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

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  const group = lookupEnum(GROUPS, str(args, "group"), "group");
  const category = lookupEnum<HostSegment>(CATEGORIES, str(args, "category"), "category", { all: "HOST_SEGMENT_UNSPECIFIED" });
  const sortBy = lookupEnum(SORTS, str(args, "sort_by"), "sort_by");
  checkPageSize(int(args, "page_size"));
  ctx.formatChoice(args); // a bad --format fails before any request
  const page = await ctx.client.competitions.list({
    ...(group ? { group } : {}),
    ...(category ? { category } : {}),
    ...(sortBy ? { sortBy } : {}),
    ...(str(args, "search") !== undefined ? { search: str(args, "search")! } : {}),
    ...(int(args, "page") !== undefined ? { page: int(args, "page")! } : {}),
    ...pageOptions(args),
  });
  ctx.printPage(page.competitions ?? [], competitionColumns, args, { nextPageToken: page.nextPageToken, empty: "No competitions found" });
}
