/**
 * `kaggle files upload [-i INBOX_PATH] <paths…> [--no-resume] [--no-compress]`: each path becomes
 * one file of the caller's inbox (a folder as `<name>.zip`, or `.tar` with `--no-compress`),
 * with the official CLI's lines: `Starting upload for file X`, `Upload successful: X (size)`,
 * then `Inbox file created: <path name>` once every upload is done.
 */
import { defineRun } from "../../command";
import { uploadReport } from "../../output/upload-report";
import { UPLOAD } from "./flags";

export const run = defineRun(UPLOAD, async (args, ctx) => {
  const report = uploadReport(ctx);
  await ctx.client.inbox.upload(args.local_paths, {
    inboxPath: args.inbox_path ?? "",
    compress: !args.no_compress,
    resume: !args.no_resume,
    events: {
      ...report.events,
      skipped: (name) => ctx.line(`Skipping: ${name}`),
      created: (name) => ctx.line(`Inbox file created: ${name}`),
    },
    progress: report.progress,
  });
});
