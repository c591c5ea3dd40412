/** GCS's XML error bodies, as its object and upload endpoints answer them. */
import type { ServerResponse } from "node:http";

export function xml(code: string, message: string, details: string): string {
  return `<?xml version='1.0' encoding='UTF-8'?><Error><Code>${code}</Code><Message>${message}</Message><Details>${details}</Details></Error>`;
}

export function sendXmlError(res: ServerResponse, status: number, code: string, message: string, details: string): void {
  const body = xml(code, message, details);
  res.writeHead(status, { "Content-Type": "application/xml; charset=UTF-8", "Content-Length": Buffer.byteLength(body) });
  res.end(body);
}
