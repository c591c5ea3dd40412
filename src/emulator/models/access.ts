/** Finding models for a request, who may see and change them, and the shapes of failures. */
import { badRequest, forbidden, notFound } from "../errors";
import * as s from "../schema";
import { reply, type RequestContext } from "../service";
import type { User } from "../state";
import { canReadModel, isModelOwner, type ModelRecord } from "./state";

export const modelRef = s.object({ ownerSlug: s.string({ required: true }), modelSlug: s.string({ required: true }) });

export function findModel(ctx: RequestContext, owner: string, slug: string): ModelRecord | undefined {
  const o = owner.toLowerCase();
  return ctx.state.models.models.find((m) => m.owner.toLowerCase() === o && m.slug === slug.toLowerCase());
}

/** The model, visible to the caller, or 404 (a private model is not revealed). */
export function visibleModel(ctx: RequestContext, owner: string, slug: string): ModelRecord {
  const m = findModel(ctx, owner, slug);
  if (!m || !canReadModel(m, ctx.user)) throw notFound(`Model ${owner}/${slug} was not found.`);
  return m;
}

/** The model, which the caller must own (403 for a visible model of someone else). */
export function ownedModel(ctx: RequestContext, owner: string, slug: string): { m: ModelRecord; user: User } {
  const user = ctx.requireUser();
  const m = visibleModel(ctx, owner, slug);
  if (!isModelOwner(m, user)) throw forbidden(`You do not have permission to change the model ${m.owner}/${m.slug}; only its owner ${m.owner} may.`);
  return { m, user };
}

/** A failure inside a 200 body, as Kaggle answers creates and updates. */
export function createError(error: string, errorCode: number): ReturnType<typeof reply.json> {
  return reply.json({ error, errorCode });
}

export function titleError(title: string): string | undefined {
  const n = [...title].length;
  return n < 1 || n > 50 ? `The model title must be between 1 and 50 characters (got ${n}).` : undefined;
}

/** The paths of an `updateMask` (`"title,isPrivate"`, snake case accepted), each one of `allowed`; undefined when absent. */
export function maskPaths(mask: string | undefined, allowed: readonly string[]): Set<string> | undefined {
  if (mask === undefined || mask.trim() === "") return undefined;
  const paths = mask.split(",").map((p) => p.trim().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()));
  for (const p of paths)
    if (!allowed.includes(p)) throw badRequest(`Invalid value for field 'updateMask': unknown path '${p}' (allowed: ${allowed.join(", ")})`);
  return new Set(paths);
}
