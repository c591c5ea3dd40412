/**
 * Strict validation of RPC request bodies, independent of the client's types.
 *
 * A schema mirrors a proto message: *plain* fields come back with their default when absent
 * (`""`, `0`, `false`, the first enum member, `[]`), *optional* fields come back `undefined`.
 * JSON `null` counts as absent. Unknown fields are rejected unless `lenient`; wrong JSON types
 * and unknown enum members are always rejected. Errors are `ApiError(400)` naming the field.
 */
import { ApiError } from "./errors";

export interface ValidateOptions {
  /** Ignore unknown fields instead of rejecting them. */
  lenient?: boolean;
}

export interface Schema<T> {
  readonly kind: string;
  /** Value of a plain field that is absent from the body. */
  readonly fallback: () => T;
  /** Absent or empty is an error (used for identifiers such as `competitionName`). */
  readonly required?: boolean;
  parse(value: unknown, path: string, opts: ValidateOptions): T;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

/** Marker so that `object()` knows which fields are optional. */
interface OptionalSchema<T> extends Schema<T | undefined> {
  readonly optional: true;
}

function fail(path: string, detail: string): never {
  throw new ApiError(400, `Invalid value for field '${path}': ${detail}`);
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "string") return `string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value)}`;
  if (typeof value === "object") return "object";
  return `${typeof value} ${String(value)}`;
}

export function string(opts: { required?: boolean } = {}): Schema<string> {
  return {
    kind: "string",
    required: opts.required,
    fallback: () => "",
    parse(v, path) {
      if (typeof v !== "string") fail(path, `expected a string, got ${describe(v)}`);
      if (opts.required && v === "") fail(path, "must not be empty");
      return v;
    },
  };
}

export function int(opts: { min?: number; max?: number } = {}): Schema<number> {
  return {
    kind: "int",
    fallback: () => 0,
    parse(v, path) {
      if (typeof v !== "number" || !Number.isInteger(v)) fail(path, `expected an integer, got ${describe(v)}`);
      if (opts.min !== undefined && v < opts.min) fail(path, `must be at least ${opts.min} (got ${v})`);
      if (opts.max !== undefined && v > opts.max) fail(path, `must be at most ${opts.max} (got ${v})`);
      return v;
    },
  };
}

export function number(): Schema<number> {
  return {
    kind: "number",
    fallback: () => 0,
    parse(v, path) {
      if (typeof v !== "number" || !Number.isFinite(v)) fail(path, `expected a number, got ${describe(v)}`);
      return v;
    },
  };
}

export function bool(): Schema<boolean> {
  return {
    kind: "bool",
    fallback: () => false,
    parse(v, path) {
      if (typeof v !== "boolean") fail(path, `expected a boolean, got ${describe(v)}`);
      return v;
    },
  };
}

/** An enum written as its full member name; the first member is the zero value. */
export function enumOf<const E extends string>(members: readonly E[]): Schema<E> {
  const set = new Set<string>(members);
  return {
    kind: "enum",
    fallback: () => members[0] as E,
    parse(v, path) {
      if (typeof v !== "string") fail(path, `expected an enum member name (string), got ${describe(v)}`);
      if (!set.has(v)) fail(path, `unknown enum value ${JSON.stringify(v)}`);
      return v as E;
    },
  };
}

/** A protobuf Timestamp in RFC 3339 form; parsed to an ISO string. */
export function timestamp(): Schema<string> {
  return {
    kind: "timestamp",
    fallback: () => "",
    parse(v, path) {
      if (typeof v !== "string" || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(v)) {
        fail(path, `expected an RFC 3339 timestamp, got ${describe(v)}`);
      }
      return new Date(v).toISOString();
    },
  };
}

export function array<T>(item: Schema<T>): Schema<T[]> {
  return {
    kind: "array",
    fallback: () => [],
    parse(v, path, opts) {
      if (!Array.isArray(v)) fail(path, `expected an array, got ${describe(v)}`);
      return v.map((x, i) => item.parse(x, `${path}[${i}]`, opts));
    },
  };
}

/** A map<string, V> field (a JSON object with arbitrary keys). */
export function map<T>(value: Schema<T>): Schema<Record<string, T>> {
  return {
    kind: "map",
    fallback: () => ({}),
    parse(v, path, opts) {
      if (v === null || typeof v !== "object" || Array.isArray(v)) fail(path, `expected an object, got ${describe(v)}`);
      const out: Record<string, T> = {};
      for (const [k, x] of Object.entries(v)) out[k] = value.parse(x, `${path}.${k}`, opts);
      return out;
    },
  };
}

/** An optional (proto3 `optional`) field: `undefined` when absent, any sent value is kept. */
export function optional<T>(inner: Schema<T>): OptionalSchema<T> {
  return {
    kind: inner.kind,
    optional: true,
    fallback: () => undefined,
    parse: (v, path, opts) => inner.parse(v, path, opts),
  };
}

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends OptionalSchema<unknown> ? K : never }[keyof S];
type PlainKeys<S extends Shape> = Exclude<keyof S, OptionalKeys<S>>;
export type ObjectOf<S extends Shape> = { [K in PlainKeys<S>]: Infer<S[K]> } & {
  [K in OptionalKeys<S>]?: Exclude<Infer<S[K]>, undefined>;
};

/** A message. Nested paths in errors read `files[0].name`. */
export function object<S extends Shape>(shape: S): Schema<ObjectOf<S>> {
  return {
    kind: "object",
    fallback: () => {
      const out: Record<string, unknown> = {};
      for (const [k, s] of Object.entries(shape)) {
        const d = s.fallback();
        if (d !== undefined) out[k] = d;
      }
      return out as ObjectOf<S>;
    },
    parse(v, path, opts) {
      if (v === null || typeof v !== "object" || Array.isArray(v)) {
        if (path) fail(path, `expected an object, got ${describe(v)}`);
        throw new ApiError(400, `Invalid JSON payload received. Expected an object, got ${describe(v)}.`);
      }
      const input = v as Record<string, unknown>;
      if (!opts.lenient) {
        for (const k of Object.keys(input)) {
          if (!Object.hasOwn(shape, k)) {
            const name = path ? `${path}.${k}` : k;
            throw new ApiError(400, `Invalid JSON payload received. Unknown name "${name}": Cannot find field.`);
          }
        }
      }
      const out: Record<string, unknown> = {};
      for (const [k, s] of Object.entries(shape)) {
        const raw = input[k];
        const name = path ? `${path}.${k}` : k;
        if (raw === undefined || raw === null) {
          if (s.required) fail(name, "is required");
          const d = s.fallback();
          if (d !== undefined) out[k] = d;
        } else {
          out[k] = s.parse(raw, name, opts);
        }
      }
      return out as ObjectOf<S>;
    },
  };
}

/** Validate a whole request body (the top-level message). */
export function validate<T>(schema: Schema<T>, body: unknown, opts: ValidateOptions = {}): T {
  return schema.parse(body, "", opts);
}
