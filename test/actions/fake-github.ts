/** A tiny GitHub REST API for the issue comments endpoints, recording every call. */
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface Call {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
}

export interface FakeGitHub {
  url: string;
  calls: Call[];
  comments: { id: number; body: string; issue: number }[];
  close(): Promise<void>;
}

export async function fakeGitHub(): Promise<FakeGitHub> {
  const calls: Call[] = [];
  const comments: FakeGitHub["comments"] = [];
  let nextId = 1000;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const body = text ? JSON.parse(text) : undefined;
      const url = new URL(req.url ?? "/", "http://x");
      calls.push({ method: req.method ?? "", path: url.pathname, authorization: req.headers.authorization, body });
      const send = (status: number, data: unknown) => {
        res.writeHead(status, { "Content-Type": "application/json" });
        res.end(JSON.stringify(data));
      };
      const asApi = (c: FakeGitHub["comments"][number]) => ({
        id: c.id,
        body: c.body,
        html_url: `https://github.com/o/r/pull/${c.issue}#issuecomment-${c.id}`,
      });
      let m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname);
      if (m && req.method === "GET") return send(200, comments.filter((c) => c.issue === Number(m![1])).map(asApi));
      if (m && req.method === "POST") {
        const c = { id: nextId++, body: (body as { body: string }).body, issue: Number(m[1]) };
        comments.push(c);
        return send(201, asApi(c));
      }
      m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
      if (m && req.method === "PATCH") {
        const c = comments.find((x) => x.id === Number(m![1]));
        if (!c) return send(404, { message: "Not Found" });
        c.body = (body as { body: string }).body;
        return send(200, asApi(c));
      }
      send(404, { message: "Not Found" });
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    comments,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
