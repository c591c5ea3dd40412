/**
 * `kaggle files upload [-i INBOX_PATH] <paths…> [--no-resume] [--no-compress]`: each path becomes
 * one file of the caller's inbox (a folder as `<name>.zip`, or `.tar` with `--no-compress`),
 * with the official CLI's lines: `Starting upload for file X`, `Upload successful: X (size)`,
 * then `Inbox file created: <path name>` once every upload is done.
 */
import type { ParsedArgs } from "../../args";
import type { CliContext } from "../../context";
import { uploadReport } from "../../output/upload-report";
import { flag, str } from "../shared";

export async function run(args: ParsedArgs, ctx: CliContext): Promise<void> {
  const paths = Array.isArray(args.local_paths) ? args.local_paths : [];
  const report = uploadReport(ctx);
  await ctx.client.inbox.upload(paths, {
    inboxPath: str(args, "inbox_path") ?? "",
    compress: !flag(args, "no_compress"),
    resume: !flag(args, "no_resume"),
    events: {
      ...report.events,
      skipped: (name) => ctx.line(`Skipping: ${name}`),
      created: (name) => ctx.line(`Inbox file created: ${name}`),
    },
    progress: report.progress,
  });
}
