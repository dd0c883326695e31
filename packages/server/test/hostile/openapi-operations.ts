import type { FastifyInstance } from "fastify";

/** A JSON Schema as the OpenAPI document gives it (from the routes' zod schemas). */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  default?: unknown;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  minimum?: number;
}

export interface Operation {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** As the OpenAPI document writes it, with {params}. */
  path: string;
  pathParams: string[];
  queryParams: string[];
  body: JsonSchema | undefined;
}

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

/** Every operation in the app's own OpenAPI document, and the two routes it hides. */
export async function operationsOf(app: FastifyInstance): Promise<Operation[]> {
  const doc = (await app.inject({ method: "GET", url: "/api/v1/openapi.json" })).json<{
    paths: Record<
      string,
      Record<
        string,
        {
          parameters?: Array<{ in: string; name: string }>;
          requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
        }
      >
    >;
  }>();
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const parameters = op.parameters ?? [];
      operations.push({
        method: method.toUpperCase() as Operation["method"],
        path,
        pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ""),
        // A record-shaped query (the single sign-on callback) is documented oddly: take its names as given.
        queryParams: parameters.filter((p) => p.in === "query").map((p) => p.name),
        body: op.requestBody?.content?.["application/json"]?.schema,
      });
    }
  }
  for (const path of ["/healthz", "/api/v1/openapi.json"])
    if (!operations.some((o) => o.path === path))
      operations.push({ method: "GET", path, pathParams: [], queryParams: [], body: undefined });
  return operations;
}

/** A body the schema accepts: every property, the first choice of every union and enum. */
export function exampleOf(schema: JsonSchema | undefined, name = ""): unknown {
  if (!schema) return undefined;
  if (schema.default !== undefined) return schema.default;
  if (schema.enum) return schema.enum[0];
  if (schema.anyOf) return exampleOf(schema.anyOf[0], name);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "object":
      return Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([key, value]) => [key, exampleOf(value, key)]),
      );
    case "array":
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => exampleOf(schema.items, name));
    case "integer":
    case "number":
      return schema.minimum ?? 1;
    case "boolean":
      return true;
    case "null":
      return null;
    default: {
      if (/email/i.test(name)) return "hostile.tester@fenmoor.example";
      return "a".repeat(Math.max(schema.minLength ?? 1, 12));
    }
  }
}

/** The paths to every string in a value, so each can be replaced in turn. */
export function stringLeaves(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value === "string") return [at];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringLeaves(v, [...at, i]));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, [...at, k]));
  return [];
}

/** A copy of `value` with the thing at `path` replaced. */
export function replaced(value: unknown, path: (string | number)[], by: unknown): unknown {
  if (path.length === 0) return by;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head as string] = replaced(copy[head as string], rest, by);
  return copy;
}
