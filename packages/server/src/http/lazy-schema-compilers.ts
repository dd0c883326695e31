import { createRequire } from "node:module";
import type { FastifyServerOptions } from "fastify";

type Builder = (...args: unknown[]) => unknown;
type CompilersFactory = NonNullable<
  NonNullable<FastifyServerOptions["schemaController"]>["compilersFactory"]
>;

/**
 * Fastify's default schema compilers (Ajv and fast-json-stringify), loaded only if something asks
 * for one. Fastify requires both while constructing the app, but every route here validates and
 * serialises with zod (app.ts sets the compilers straight after), so loading them, Ajv above all,
 * was ~0.2 s of every start before /healthz could answer (docs/benchmarks.md, start-up).
 * They are resolved from Fastify's own directory, where Fastify itself would find them.
 */
export function lazySchemaCompilers(): CompilersFactory {
  const fromFastify = () => createRequire(createRequire(import.meta.url).resolve("fastify"));
  let validator: Builder | undefined;
  let serializer: Builder | undefined;
  const buildValidator: Builder = (...args) => {
    validator ??= (fromFastify()("@fastify/ajv-compiler") as () => Builder)();
    return validator(...args);
  };
  const buildSerializer: Builder = (...args) => {
    serializer ??= (fromFastify()("@fastify/fast-json-stringify-compiler") as () => Builder)();
    return serializer(...args);
  };
  return { buildValidator, buildSerializer } as CompilersFactory;
}
