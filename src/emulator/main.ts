/** `kaggle-emulator` command line. */
import { parseArgs } from "node:util";
import { FaultSpecError } from "./faults";
import { ScenarioError } from "./scenario";
import { startEmulator } from "./server";

const USAGE = `usage: kaggle-emulator [--port N] [--host H] [--scenario NAME|FILE] [--data DIR] [--faults SPEC] [--lenient] [-v]

A local emulator of the Kaggle public API (competitions, blobs, OAuth introspection).

options:
  --port N             TCP port (default 7777; 0 picks a free port)
  --host H             interface to listen on (default 127.0.0.1)
  --scenario NAME|FILE bundled scenario (demo, empty) or a YAML file (default demo)
  --data DIR           keep state and uploaded files in DIR across restarts
  --faults SPEC        scripted failures, e.g. "ListCompetitions:503x3,*:latency=50ms"
  --lenient            ignore unknown request fields (wrong types are still rejected)
  -v, --verbose        log one line per request to stderr
  -h, --help           show this help

On start it prints KAGGLE_API_ENDPOINT, KAGGLE_USERNAME, KAGGLE_KEY and KAGGLE_API_TOKEN
(the scenario's first user) on stdout, then serves until SIGINT or SIGTERM.
Documentation: docs/emulator.md`;

export async function main(argv: string[] = process.argv.slice(2)): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: "string" },
        host: { type: "string" },
        scenario: { type: "string" },
        data: { type: "string" },
        faults: { type: "string" },
        lenient: { type: "boolean" },
        verbose: { type: "boolean", short: "v" },
        help: { type: "boolean", short: "h" },
      },
      allowPositionals: false,
    }));
  } catch (e) {
    process.stderr.write(`kaggle-emulator: ${(e as Error).message}\n${USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const port = values.port === undefined ? 7777 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`kaggle-emulator: invalid --port ${values.port}\n`);
    process.exitCode = 2;
    return;
  }
  let emu;
  try {
    emu = await startEmulator({
      port,
      host: values.host ?? "127.0.0.1",
      scenario: values.scenario ?? "demo",
      dataDir: values.data,
      faults: values.faults,
      lenient: values.lenient ?? false,
      verbose: values.verbose ?? false,
    });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const usage = e instanceof ScenarioError || e instanceof FaultSpecError;
    // One line: a YAML error's code frame (after the first line) is left out.
    const msg = err.code === "EADDRINUSE" ? `port ${port} is already in use (try --port 0)` : err.message.split("\n")[0]!.replace(/:$/, "");
    process.stderr.write(`kaggle-emulator: ${msg}\n`);
    process.exitCode = usage ? 2 : 1;
    return;
  }
  const c = emu.credentials;
  process.stdout.write(`KAGGLE_API_ENDPOINT=${emu.url}\nKAGGLE_USERNAME=${c.username}\nKAGGLE_KEY=${c.key}\nKAGGLE_API_TOKEN=${c.token}\n`);
  await new Promise<void>((resolveStop) => {
    const stop = (): void => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolveStop();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  await emu.close();
  process.exitCode = 0;
}
