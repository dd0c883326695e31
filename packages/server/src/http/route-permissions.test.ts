import { EMPTY_REQUEST_FORM } from "@parapet/core";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedOtherOrganisation } from "../../test/helpers/people.js";
import { type SignedIn, signInAs, startTestApp, type TestApp } from "../../test/helpers/test-app.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";
import { DEMO_USERS } from "../organisations/seed-demo.js";
import { PERMISSIONS, type Permission } from "./permissions.js";

/**
 * The routes anyone may call without signing in, listed here on purpose: a new
 * public route must be added to this list by hand, or this test fails.
 * check, triage and packs are public because the contract's evaluators call them
 * without credentials (docs/interfaces.md §5).
 */
const DECLARED_PUBLIC = new Set([
  "GET /healthz",
  "GET /api/v1/openapi.json",
  "POST /api/v1/auth/sign-in",
  "POST /api/v1/auth/set-password",
  "GET /api/v1/auth/oidc",
  // Whether the browser has a session: answered, signed in or not, so the first page load logs no 401.
  "GET /api/v1/session",
  "GET /api/v1/auth/oidc/start",
  "GET /api/v1/auth/oidc/callback",
  "POST /api/v1/check",
  "POST /api/v1/triage",
  "GET /api/v1/packs",
  "GET /api/v1/packs/:id",
  "GET /api/v1/packs/:id/sources",
  // Platforms call their webhooks unsigned-in; the signature over the body is the check (docs/inbox.md).
  "GET /api/v1/webhooks/facebook/:accountId",
  "POST /api/v1/webhooks/facebook/:accountId",
  "GET /api/v1/webhooks/instagram/:accountId",
  "POST /api/v1/webhooks/instagram/:accountId",
  "GET /api/v1/webhooks/x/:accountId",
  "POST /api/v1/webhooks/x/:accountId",
]);

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

interface Route {
  method: string;
  /** As Fastify knows it, with :params. */
  url: string;
  params: string[];
}

describe.each(TEST_DATABASES)("every route in the OpenAPI document on %s", (kind) => {
  let t: TestApp;
  let routes: Route[];
  let other: Awaited<ReturnType<typeof seedOtherOrganisation>>;
  const sessions = new Map<string, SignedIn>();

  beforeAll(async () => {
    t = await startTestApp(kind, { rateLimit: { perMinute: 100_000, signInPerMinute: 1000 } });
    other = await seedOtherOrganisation(t.database.db);
    const doc = (await t.app.inject({ method: "GET", url: "/api/v1/openapi.json" })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    routes = Object.entries(doc.paths).flatMap(([path, operations]) =>
      METHODS.filter((m) => operations[m]).map((m) => ({
        method: m.toUpperCase(),
        url: path.replace(/\{(\w+)\}/g, ":$1"),
        params: [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ""),
      })),
    );
    for (const user of DEMO_USERS) sessions.set(user.email, await signInAs(t.app, user.email));
  });
  afterAll(() => t.close());

  const send = (route: Route, headers: Record<string, string>, id = "00000000-0000-4000-8000-000000000000") =>
    t.app.inject({
      method: route.method as "GET",
      url: route.url.replace(/:(\w+)/g, id),
      headers,
      ...(route.method === "GET" || route.method === "DELETE" ? {} : { payload: bodyFor(route) }),
    });

  const withSession = (s: SignedIn) => ({ cookie: s.cookie, "x-csrf-token": s.csrfToken });

  it("finds the routes, and every one declares a permission that the table defines", () => {
    expect(routes.length).toBeGreaterThan(10);
    for (const route of routes) {
      const permission = t.app.routePermissions.get(`${route.method} ${route.url}`);
      expect(permission, `${route.method} ${route.url} declares no permission`).toBeDefined();
      expect(Object.keys(PERMISSIONS)).toContain(permission);
      const isPublic = PERMISSIONS[permission as Permission] === null;
      expect(isPublic, `${route.method} ${route.url}: public in code must match DECLARED_PUBLIC`).toBe(
        DECLARED_PUBLIC.has(`${route.method} ${route.url}`),
      );
    }
  });

  it("has a permission for every registered route, hidden ones included", () => {
    for (const [route, permission] of t.app.routePermissions) {
      expect(permission, `${route} declares no permission`).toBeDefined();
    }
  });

  it("answers 401 without a session on every route that is not declared public", async () => {
    for (const route of routes) {
      if (DECLARED_PUBLIC.has(`${route.method} ${route.url}`)) continue;
      const response = await send(route, {});
      expectError(response, 401, "unauthenticated", route);
    }
  });

  it("answers 403 to a role the permission table does not allow", async () => {
    let checked = 0;
    for (const route of routes) {
      const permission = t.app.routePermissions.get(`${route.method} ${route.url}`) as Permission;
      const allowed = PERMISSIONS[permission];
      if (allowed === null || allowed === "any") continue;
      const outsider = DEMO_USERS.find(
        (u) => !u.roles.some((r) => (allowed as readonly string[]).includes(r)),
      );
      if (!outsider) continue;
      const response = await send(route, withSession(sessions.get(outsider.email) as SignedIn));
      expectError(response, 403, "forbidden", route);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(5);
  });

  it("answers 404 when a route is given another organisation's id", async () => {
    const tokenOfOther = await t.database.db
      .insertInto("api_tokens")
      .values({
        organisation_id: other.organisationId,
        name: "theirs",
        token_hash: "f".repeat(64),
        scopes: ["audit.read"],
        created_at: new Date(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const idFor = (route: Route) => (route.url.includes("api-tokens") ? tokenOfOther.id : other.staffId);
    let checked = 0;
    for (const route of routes) {
      if (route.params.length === 0) continue;
      const permission = t.app.routePermissions.get(`${route.method} ${route.url}`) as Permission;
      if (PERMISSIONS[permission] === null) continue;
      const insider = DEMO_USERS.find((u) => {
        const allowed = PERMISSIONS[permission];
        return allowed === "any" || u.roles.some((r) => (allowed as readonly string[]).includes(r));
      });
      if (!insider) throw new Error(`no demo user may call ${route.method} ${route.url}`);
      const response = await send(route, withSession(sessions.get(insider.email) as SignedIn), idFor(route));
      expectError(response, 404, "not_found", route);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(3);
    const theirStaff = await t.database.db
      .selectFrom("users")
      .select(["status", "display_name"])
      .where("id", "=", other.staffId)
      .executeTakeFirstOrThrow();
    expect(theirStaff).toEqual({ status: "active", display_name: "Sam Staff" });
  });
});

function bodyFor(route: Route): Record<string, unknown> {
  if (route.url.endsWith("/roles")) return { roles: ["staff"] };
  // The inbox's steps: a valid body, so that what is checked is the item's organisation.
  if (route.url.endsWith("/assign")) return { assigneeId: "me" };
  if (route.url.endsWith("/status")) return { status: "done" };
  if (route.url.endsWith("/tags") || route.url.endsWith("/untag")) return { tag: "follow up" };
  if (route.url.endsWith("/notes") || route.url.endsWith("/reply")) return { text: "A note." };
  if (route.url.endsWith("/presence")) return { state: "viewing" };
  // The account register's: a valid body, so that what is checked is the request's or account's organisation.
  if (route.url === "/api/v1/account-requests/:id") return { ...EMPTY_REQUEST_FORM };
  if (route.url === "/api/v1/account-requests/:id/steps") return { event: "submit" };
  if (route.url === "/api/v1/accounts/:id/steps") return { event: "close" };
  if (route.url === "/api/v1/accounts/:id/activity") return { on: "2026-01-01" };
  if (route.url === "/api/v1/accounts/:id/review") return { part: "communications" };
  if (route.url === "/api/v1/accounts/:id/inbox-account") return { inboxAccountId: null };
  if (route.url === "/api/v1/unofficial-accounts/:id/steps")
    return { event: "dismiss", reasons: "Not ours." };
  if (route.url.startsWith("/api/v1/accounts/:id/people"))
    return { userId: "00000000-0000-4000-8000-000000000000", role: "admin" };
  return {};
}

function expectError(response: LightMyRequestResponse, status: number, code: string, route: Route) {
  const where = `${route.method} ${route.url}: ${response.statusCode} ${response.body.slice(0, 200)}`;
  expect(response.statusCode, where).toBe(status);
  expect(response.json().error.code, where).toBe(code);
}
