import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../server/test/helpers/test-app.js";
import { COMMANDS } from "../src/commands/index.js";

/**
 * docs/interfaces.md is what outside tools rely on: its tables are held here to the CLI's
 * commands and options and to the OpenAPI document's routes and fields, both ways, so
 * neither can change without the other.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const doc = readFileSync(join(root, "docs/interfaces.md"), "utf8");

/** The section of the page under a heading, up to the next heading of any level. */
function section(heading: string): string {
  const start = doc.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`docs/interfaces.md has no heading "${heading}"`);
  const rest = doc.slice(start + heading.length + 2);
  const next = rest.search(/\n#{2,3} /);
  return next < 0 ? rest : rest.slice(0, next);
}

/** The first column of a section's first table: the backticked names of its rows. */
function firstColumn(text: string): string[] {
  const rows = text.split("\n").filter((line) => /^\| `/.test(line));
  return rows.map((line) => /^\| `([^`]+)`/.exec(line)?.[1] ?? "");
}

/** A table's rows as cells. */
function tableRows(text: string): string[][] {
  return text
    .split("\n")
    .filter((line) => /^\| `/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split(" | ")
        .map((cell) => cell.trim()),
    );
}

type Schema = { properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[]; $ref?: string };
type OpenApi = {
  paths: Record<string, Record<string, { requestBody?: unknown; responses?: Record<string, unknown> }>>;
};

function propertiesOf(schema: Schema | undefined): string[] {
  if (!schema) return [];
  if (schema.properties) return Object.keys(schema.properties);
  for (const option of schema.anyOf ?? []) if (option.properties) return Object.keys(option.properties);
  return [];
}

const bodySchema = (op: unknown): Schema =>
  (op as { requestBody: { content: { "application/json": { schema: Schema } } } }).requestBody.content[
    "application/json"
  ].schema;
const okSchema = (op: unknown): Schema =>
  (op as { responses: Record<string, { content: { "application/json": { schema: Schema } } }> }).responses[
    "200"
  ]?.content["application/json"].schema as Schema;

describe("docs/interfaces.md §1: the command line", () => {
  const program = new Command("parapet");
  for (const register of COMMANDS) register(program);
  const commands = new Map<string, string[]>();
  const walk = (command: Command, prefix: string) => {
    for (const sub of command.commands) {
      const name = `${prefix}${sub.name()}`;
      commands.set(
        name,
        sub.options.map((o) => o.long ?? "").filter((long) => long !== "--help"),
      );
      walk(sub, `${name} `);
    }
  };
  walk(program, "");
  const documented = new Map(
    tableRows(section("## 1. The command line").split("The commands and their options")[1] ?? "").map(
      ([name, options]) => [
        name?.replaceAll("`", "") ?? "",
        [...(options ?? "").matchAll(/`(--[a-z-]+)`/g)].map((m) => m[1] ?? ""),
      ],
    ),
  );

  it("lists every command the CLI has, and no other", () => {
    expect(commands.size).toBeGreaterThanOrEqual(12);
    expect([...documented.keys()].sort()).toEqual([...commands.keys()].sort());
  });

  it("gives each command exactly the options it takes", () => {
    for (const [name, options] of commands) {
      expect(documented.get(name)?.slice().sort(), name).toEqual(options.slice().sort());
    }
  });

  it("shows only options that exist in the synopses of check and triage", () => {
    for (const [heading, command] of [
      ["## 3. Checking a draft post", "check"],
      ["## 4. Triage of inbound messages", "triage"],
    ] as const) {
      const synopsis = section(heading)
        .split("\n")
        .filter((line) => line.startsWith(`    npx parapet ${command}`))
        .join(" ");
      const flags = new Set([...synopsis.matchAll(/--[a-z-]+/g)].map((m) => m[0]));
      expect(flags.size, command).toBeGreaterThan(2);
      expect([...flags].sort(), command).toEqual(commands.get(command)?.slice().sort());
    }
  });
});

describe("docs/interfaces.md §3-§5: the HTTP interface", () => {
  let t: TestApp;
  let openapi: OpenApi;
  beforeAll(async () => {
    t = await startTestApp("pglite");
    openapi = (await t.app.inject({ method: "GET", url: "/api/v1/openapi.json" })).json();
  });
  afterAll(() => t.close());

  const documentedRoutes = () =>
    firstColumn(section("## 5. HTTP")).flatMap((cell) => {
      const [methods = "", path = ""] = cell.split(/ (?=\/)/);
      return methods.split(", ").map((method) => `${method} ${path}`);
    });

  it("lists every route of the OpenAPI document, and each route it lists is served", async () => {
    const described = Object.entries(openapi.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(described.length).toBeGreaterThanOrEqual(50);
    const documented = documentedRoutes();
    expect(described.filter((route) => !documented.includes(route))).toEqual([]);
    // What the page lists beyond the OpenAPI document (the document itself, the docs viewer) answers.
    const extra = documented.filter((route) => !described.includes(route));
    expect(extra.every((route) => route.startsWith("GET "))).toBe(true);
    for (const route of extra) {
      const response = await t.app.inject({ method: "GET", url: route.slice(4) });
      expect(response.statusCode, route).toBe(200);
    }
  });

  it("gives the check input and output fields the OpenAPI document gives", () => {
    const check = openapi.paths["/api/v1/check"]?.post;
    expect(firstColumn(section("### 3.1 Input")).sort()).toEqual(propertiesOf(bodySchema(check)).sort());
    const output = okSchema(check);
    const outputSection = section("### 3.2 Output");
    const [resultTable, findingTable] = outputSection.split("Each finding:");
    expect(firstColumn(resultTable ?? "").sort()).toEqual(propertiesOf(output).sort());
    expect(firstColumn(findingTable ?? "").sort()).toEqual(
      propertiesOf(output.properties?.findings?.items).sort(),
    );
  });

  it("gives the triage input and output fields the OpenAPI document gives", () => {
    const triage = openapi.paths["/api/v1/triage"]?.post;
    expect(firstColumn(section("### 4.1 Input")).sort()).toEqual(propertiesOf(bodySchema(triage)).sort());
    expect(firstColumn(section("### 4.2 Output")).sort()).toEqual(propertiesOf(okSchema(triage)).sort());
  });

  it("gives the audit event fields the OpenAPI document gives, the label and the change in words among them", () => {
    const events = okSchema(openapi.paths["/api/v1/audit"]?.get).properties?.events?.items;
    const documented = firstColumn(section("### 5.1 The audit trail"));
    expect(documented).toEqual(expect.arrayContaining(["actionLabel", "change"]));
    expect(documented.sort()).toEqual(propertiesOf(events).sort());
  });
});
