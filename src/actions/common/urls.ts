/** Links to kaggle.com pages, in the forms Kaggle prints today. */
export const KAGGLE_WEB = "https://www.kaggle.com";

export const competitionUrl = (slug: string) => `${KAGGLE_WEB}/competitions/${slug}`;
export const submissionsUrl = (slug: string) => `${competitionUrl(slug)}/submissions`;
export const leaderboardUrl = (slug: string) => `${competitionUrl(slug)}/leaderboard`;
export const datasetUrl = (ref: string) => `${KAGGLE_WEB}/datasets/${ref}`;
export const kernelUrl = (ref: string) => `${KAGGLE_WEB}/code/${ref}`;
