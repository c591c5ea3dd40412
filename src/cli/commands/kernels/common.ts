/** What the kernels commands share: resolving the kernel argument and the default folders. */
import type { CliContext } from "../../context";
import { ConfigurationError } from "../../../core/errors";
import { parseKernelRef, type KernelRef } from "../../../core/refs";
import { downloadDir } from "../shared";

/** The kernel as typed (positional or `-k`), or undefined. */
export function kernelText(args: { kernel?: string | undefined; kernel_opt?: string | undefined }): string | undefined {
  return args.kernel ?? args.kernel_opt;
}

/** Owner/slug[/version]; a bare slug belongs to the caller. */
export async function resolveKernel(ctx: CliContext, text: string | undefined): Promise<KernelRef> {
  if (!text) throw new ConfigurationError("A kernel must be specified");
  return text.includes("/") ? parseKernelRef(text) : parseKernelRef(text, await ctx.client.username());
}

/** `-p`, `-w` (current folder), `<config path>/kernels/<owner>/<slug>[/sub]`, or the current folder. */
export function kernelDir(ctx: CliContext, args: { path?: string; wp?: boolean }, ref: KernelRef, ...sub: string[]): string {
  return downloadDir(ctx, args, "kernels", ref.owner, ref.slug, ...sub);
}

/** `500`, `500B`, `10KB`, `1.5MB`, `2GB`, `1TB` → bytes. */
export function parseSize(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([KMGT]?i?B?)?\s*$/i.exec(text);
  if (!m) throw new ConfigurationError(`--max-size must be a size such as 500000, 500KB, 20MB or 2GB, got '${text}'`);
  const unit = (m[2] ?? "").toUpperCase().replace("I", "").replace("B", "");
  const power = ["", "K", "M", "G", "T"].indexOf(unit);
  return Math.floor(Number(m[1]) * 1024 ** power);
}
