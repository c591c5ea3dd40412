/**
 * undici's proxy agent, fetch and request, in a module of their own: imported lazily (only a
 * proxied client pays for loading undici), and statically from here so that the bundle keeps
 * undici's named exports (a bundled dynamic import of a CommonJS package exposes only `default`).
 */
export { fetch, ProxyAgent, request } from "undici";
