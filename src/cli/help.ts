/** Usage lines and `-h` text laid out as argparse prints them. */
import { destOf, type CommandSpec, type OptionSpec, type PositionalSpec } from "./spec";

export const HELP_OPTION: OptionSpec = { flags: ["-h", "--help"], type: "bool", help: "show this help message and exit" };

function positionalUsage(p: PositionalSpec): string {
  const word = p.metavar ?? p.name;
  if (p.many) return p.optional ? `[${word} ...]` : `${word} [${word} ...]`;
  return p.optional ? `[${word}]` : word;
}

function metavarOf(o: OptionSpec): string {
  if (o.metavar) return o.metavar;
  if (o.choices) return `{${o.choices.join(",")}}`;
  return destOf(o).toUpperCase();
}

function flagWithValue(o: OptionSpec, flag: string): string {
  if (o.type === "bool") return flag;
  return o.optionalValue === undefined ? `${flag} ${metavarOf(o)}` : `${flag} [${metavarOf(o)}]`;
}

function optionUsage(o: OptionSpec): string {
  const body = flagWithValue(o, o.flags[0]!);
  return o.required ? body : `[${body}]`;
}

export function usageLine(prog: string, spec: CommandSpec, columns?: number): string {
  const parts = [`usage: ${prog}`, "[-h]"];
  for (const o of spec.options ?? []) if (!o.hidden) parts.push(optionUsage(o));
  if (spec.subcommands?.length) {
    parts.push(`{${spec.subcommands.map((s) => s.name).join(",")}}`, "...");
  }
  for (const p of spec.positionals ?? []) parts.push(positionalUsage(p));
  return wrapUsage(parts, prog, columns);
}

function wrapUsage(parts: string[], prog: string, columns = 100): string {
  const width = Math.max(60, Math.min(columns, 120) - 2);
  const lines: string[] = [];
  let line = "";
  const indent = " ".repeat(`usage: ${prog} `.length);
  for (const part of parts) {
    if (line && line.length + 1 + part.length > width) {
      lines.push(line);
      line = indent + part;
    } else {
      line = line ? `${line} ${part}` : part;
    }
  }
  lines.push(line);
  return lines.join("\n");
}

function wrapText(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > width) {
        out.push(line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    out.push(line);
  }
  return out;
}

function helpRows(rows: [string, string][], columns = 100): string[] {
  const lines: string[] = [];
  const col = 24;
  const width = Math.max(40, Math.min(columns, 120) - col - 2);
  for (const [left, text] of rows) {
    const wrapped = text ? wrapText(text, width) : [];
    if (`  ${left}`.length <= col - 2) {
      lines.push(`  ${left}`.padEnd(col) + (wrapped.shift() ?? "").trimEnd());
    } else {
      lines.push(`  ${left}`);
    }
    for (const w of wrapped) lines.push(" ".repeat(col) + w);
  }
  return lines.map((l) => l.trimEnd());
}

export function helpText(prog: string, spec: CommandSpec, columns?: number): string {
  const out = [usageLine(prog, spec, columns), ""];
  if (spec.description ?? spec.help) out.push(spec.description ?? spec.help, "");
  if (spec.subcommands?.length) {
    out.push("commands:");
    out.push(
      ...helpRows(
        spec.subcommands.map((s) => [[s.name, ...(s.aliases ?? [])].join(", "), s.help]),
        columns,
      ),
    );
    out.push("");
  }
  if (spec.positionals?.length) {
    out.push("positional arguments:");
    out.push(
      ...helpRows(
        spec.positionals.map((p) => [p.metavar ?? p.name, p.help ?? ""]),
        columns,
      ),
    );
    out.push("");
  }
  const options = [HELP_OPTION, ...(spec.options ?? [])].filter((o) => !o.hidden);
  out.push("options:");
  out.push(
    ...helpRows(
      options.map((o) => [o.flags.map((f) => flagWithValue(o, f)).join(", "), o.help ?? ""]),
      columns,
    ),
  );
  if (spec.epilog) out.push("", spec.epilog);
  return `${out.join("\n")}\n`;
}
