import { connect } from "node:net";
import fc from "fast-check";
import type { LightMyRequestResponse } from "fastify";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BLNS } from "../helpers/route-tests.js";
import { type SignedIn, signInAs, startTestApp, type TestApp } from "../helpers/test-app.js";
import { TEST_DATABASES } from "../helpers/test-database.js";
import { exampleOf, type Operation, operationsOf, replaced, stringLeaves } from "./openapi-operations.js";

/**
 * `npm run test:hostile`: every route in the OpenAPI document, sent what an attacker
 * sends — the wrong content types, truncated and duplicated JSON, NUL and lone
 * surrogates, deep nesting, bodies and headers over the limits, prototype keys, the Big
 * List of Naughty Strings in every string field, fast-check's arbitrary JSON — and
 * held to three rules: never a 500; every refusal in the JSON error envelope; and a
 * refused request changes nothing stored. The work is a fixed number of requests per
 * route (no clock in it), so a loaded machine makes it slower, never flaky.
 */
const LONG = { timeout: 600_000 };
const ZERO_ID = "00000000-0000-4000-8000-000000000000";
const BLNS_PER_ROUTE = 40;
const FAST_CHECK_RUNS = 12;

interface Attack {
  name: string;
  method: Operation["method"];
  url: string;
  headers?: Record<string, string>;
  payload?: string;
  anonymous?: boolean;
}

/** What a refused request must leave as it was: people, roles, links, tokens, organisations, sessions, the trail. */
const FINGERPRINT = sql<{ f: string }>`select md5(
  coalesce((select string_agg(u::text, '|' order by u.id) from (select id, organisation_id, email, display_name, job_title, status, password_hash, totp_secret, totp_enabled_at, totp_last_step, external_subject, anonymised_at from users) u), '')
  || coalesce((select string_agg(r::text, '|' order by r.user_id, r.role) from (select user_id, role from user_roles) r), '')
  || coalesce((select string_agg(i::text, '|' order by i.token_hash) from (select token_hash, user_id, used_at, expires_at from invitations) i), '')
  || coalesce((select string_agg(a::text, '|' order by a.id) from (select id, name, scopes, created_by, revoked_at, expires_at from api_tokens) a), '')
  || coalesce((select string_agg(o::text, '|' order by o.id) from organisations o), '')
  || coalesce((select string_agg(s.id, '|' order by s.id) from sessions s), '')
  || coalesce((select string_agg(e.seq::text || e.action, '|' order by e.seq) from audit_events e
       where e.action not in ('auth.sign_in_failed', 'auth.account_locked')), '')
) as f`;

describe.each(TEST_DATABASES)("hostile requests to every route on %s", (kind) => {
  let t: TestApp;
  let admin: SignedIn;
  let operations: Operation[];
  let sent = 0;
  beforeAll(async () => {
    t = await startTestApp(kind, {
      rateLimit: { perMinute: 1_000_000_000, signInPerMinute: 1_000_000_000 },
      characters: {
        check: { perMinute: 1_000_000_000, freePerRequest: 0 },
        triage: { perMinute: 1_000_000_000, freePerRequest: 0 },
      },
      timeouts: { headersMs: 1000, requestMs: 1500 },
    });
    admin = await signInAs(t.app, "admin@fenmoor.example");
    operations = await operationsOf(t.app);
  }, LONG.timeout);
  afterAll(() => t.close());

  const fingerprint = async () => (await FINGERPRINT.execute(t.database.db)).rows[0]?.f ?? "";
  const urlOf = (op: Operation, param?: string, query = "") =>
    op.path.replace(/\{(\w+)\}/g, () => param ?? (op.path.includes("/packs/") ? "nhs-core" : ZERO_ID)) +
    (query ? `?${query}` : "");
  const isSignOut = (op: Operation) => op.path === "/api/v1/auth/sign-out";

  /** Sends one attack and holds the reply to the rules. */
  async function send(attack: Attack, op: Operation): Promise<LightMyRequestResponse> {
    // Signing out with a good session is no attack: those requests get a session of their own to lose.
    const session = isSignOut(op) ? await signInAs(t.app, "staff@fenmoor.example") : admin;
    const before = await fingerprint();
    const reply = await t.app.inject({
      method: attack.method,
      url: attack.url,
      headers: {
        ...(attack.anonymous ? {} : { cookie: session.cookie, "x-csrf-token": session.csrfToken }),
        ...attack.headers,
      },
      ...(attack.payload !== undefined ? { payload: attack.payload } : {}),
    });
    sent += 1;
    const what = `${attack.method} ${attack.url.slice(0, 120)} (${attack.name}): ${reply.statusCode} ${reply.body.slice(0, 200)}`;
    expect(reply.statusCode, what).toBeLessThan(500);
    if (reply.statusCode >= 400 && attack.method !== "GET") {
      expect(reply.headers["content-type"], what).toMatch(/^application\/json/);
      expect(reply.json().error, what).toMatchObject({
        code: expect.any(String),
        message: expect.any(String),
      });
    }
    if (
      reply.statusCode >= 400 &&
      attack.method === "GET" &&
      String(reply.headers["content-type"]).includes("json")
    )
      expect(reply.json().error, what).toMatchObject({ code: expect.any(String) });
    const changed = (await fingerprint()) !== before;
    const mayChange = reply.statusCode < 400 && (attack.method !== "GET" || op.path.endsWith("/export"));
    if (!mayChange && !isSignOut(op)) expect(changed, `${what}: changed what is stored`).toBe(false);
    return reply;
  }

  const json = (value: unknown) => JSON.stringify(value);
  const withBody = (op: Operation) => op.method !== "GET" && op.method !== "DELETE";

  it(
    "never answers 500 to the wrong content type, broken or odd JSON, or prototype keys",
    async () => {
      for (const op of operations) {
        const example = exampleOf(op.body) ?? {};
        const good = json(example);
        const attacks: Attack[] = [];
        const base = { method: op.method, url: urlOf(op) };
        for (const contentType of [
          "text/plain",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x",
          "application/xml",
          "application/json; charset=utf-16",
          "application/json\u0000",
          "",
        ])
          attacks.push({
            ...base,
            name: `content-type ${json(contentType)}`,
            headers: { "content-type": contentType },
            payload: good,
          });
        const asJson = { "content-type": "application/json" };
        for (const cut of [1, Math.floor(good.length / 2), good.length - 1])
          attacks.push({
            ...base,
            name: `truncated at ${cut}`,
            headers: asJson,
            payload: good.slice(0, cut),
          });
        for (const [name, payload] of [
          ["duplicate keys", good.replace(/^\{/, '{"text":"one","text":"two","email":"x","email":"y",')],
          ["__proto__", good.replace(/^\{/, '{"__proto__":{"polluted":true},')],
          ["constructor.prototype", good.replace(/^\{/, '{"constructor":{"prototype":{"polluted":true}},')],
          [
            "NUL in every string",
            json(stringLeaves(example).reduce<unknown>((v, p) => replaced(v, p, "a\u0000b"), example)),
          ],
          ["lone surrogate in every string", good.replace(/"a+"/g, '"\\ud800a\\udfff"')],
          ["deep nesting", `${"[".repeat(50_000)}${"]".repeat(50_000)}`],
          ["deep nesting in a field", good.replace(/"a+"/, `${'{"a":'.repeat(5000)}1${"}".repeat(5000)}`)],
          ["empty", ""],
          ["null", "null"],
          ["an array", "[]"],
          ["a string", '"text"'],
          ["a number", "1e309"],
          ["BOM", `\ufeff${good}`],
          ["over the body limit", json({ text: "a".repeat(1_100_000) })],
        ] as const)
          attacks.push({ ...base, name, headers: asJson, payload });
        for (const [i, wrong] of [0, [], {}, null, true, -1, 1e308, "x".repeat(300)].entries())
          for (const leaf of stringLeaves(example).slice(0, 3))
            attacks.push({
              ...base,
              name: `type ${i} at ${leaf.join(".")}`,
              headers: asJson,
              payload: json(replaced(example, leaf, wrong)),
            });
        for (const [i, attack] of attacks.entries()) {
          if (!withBody(op) && attack.payload !== undefined && attack.name !== "over the body limit")
            attack.payload = attack.payload.slice(0, 2000);
          await send(attack, op);
          // Bodies are parsed before the caller is checked: some of them without a session too.
          if (i % 3 === 0) await send({ ...attack, anonymous: true }, op);
        }
      }
    },
    LONG.timeout,
  );

  it(
    "never answers 500 to the naughty strings in any string field, query or path",
    async () => {
      for (const op of operations) {
        const example = exampleOf(op.body) ?? {};
        const leaves = stringLeaves(example);
        const step = Math.max(1, Math.floor(BLNS.length / BLNS_PER_ROUTE));
        for (let i = 0, n = 0; n < BLNS_PER_ROUTE && i < BLNS.length; i += step, n += 1) {
          const s = BLNS[i] ?? "";
          const leaf = leaves[n % Math.max(1, leaves.length)];
          const payload = withBody(op) && leaf ? json(replaced(example, leaf, s)) : undefined;
          const query = new URLSearchParams(
            Object.fromEntries((op.queryParams.length ? op.queryParams : ["q"]).map((q) => [q, s])),
          ).toString();
          await send(
            {
              name: `naughty ${i}`,
              method: op.method,
              url: urlOf(op, op.pathParams.length ? encodeURIComponent(s) || "%20" : undefined, query),
              ...(payload !== undefined ? { headers: { "content-type": "application/json" }, payload } : {}),
            },
            op,
          );
        }
        for (const [name, param, query] of [
          ["bad percent-encoding", "%ZZ", "limit=%ZZ&from=%"],
          ["encoded NUL", "%00", "action=%00"],
          ["encoded slash", "..%2F..%2Fetc%2Fpasswd", "entityId=..%2F"],
          ["very long", "a".repeat(5000), `action=${"a".repeat(50_000)}`],
          ["repeated parameters", ZERO_ID, "limit=1&limit=2&from=2026-01-01&from=2026-01-02"],
          [
            "extremes",
            "-1",
            "limit=-1&before=9007199254740993&from=-271821-04-20T00:00:00Z&to=%2B275760-09-13",
          ],
        ] as const)
          await send(
            { name, method: op.method, url: urlOf(op, op.pathParams.length ? param : undefined, query) },
            op,
          );
      }
    },
    LONG.timeout,
  );

  it(
    "never answers 500 to fast-check's arbitrary JSON bodies and query strings",
    async () => {
      let runs = 0;
      for (const op of operations) {
        await fc.assert(
          fc.asyncProperty(
            fc.jsonValue({ maxDepth: 4 }),
            fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ unit: "binary", maxLength: 40 }), {
              maxKeys: 4,
            }),
            async (body, query) => {
              runs += 1;
              await send(
                {
                  name: "fast-check",
                  method: op.method,
                  url: urlOf(op, undefined, new URLSearchParams(query).toString()),
                  ...(withBody(op)
                    ? { headers: { "content-type": "application/json" }, payload: json(body) }
                    : {}),
                },
                op,
              );
            },
          ),
          { numRuns: FAST_CHECK_RUNS, seed: 13 },
        );
      }
      expect(runs).toBeGreaterThanOrEqual(operations.length * FAST_CHECK_RUNS);
    },
    LONG.timeout,
  );

  it(
    "answers headers too large, malformed HTTP and a body shorter than promised with the envelope, over real HTTP",
    async () => {
      await t.app.listen({ port: 0, host: "127.0.0.1" });
      const address = t.app.server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      const raw = (text: string) =>
        new Promise<string>((resolve, reject) => {
          const socket = connect(port, "127.0.0.1", () => socket.write(text));
          let got = "";
          socket.on("data", (chunk) => {
            got += chunk.toString();
          });
          socket.on("error", reject);
          socket.on("close", () => resolve(got));
        });
      const checks: Promise<void>[] = [];
      for (const op of operations) {
        const url = urlOf(op);
        for (const [name, request, status] of [
          [
            "20 KB header",
            `${op.method} ${url} HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`,
            431,
          ],
          [
            "bad chunked body",
            `${op.method} ${url} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`,
            400,
          ],
          ["not HTTP", "HELLO\r\n\r\n", 400],
          [
            "body shorter than promised",
            `${op.method} ${url} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"a":`,
            408,
          ],
        ] as const) {
          // Sent together: the short bodies wait out the request timeout side by side.
          checks.push(
            raw(request).then((reply) => {
              sent += 1;
              const [head = "", body = ""] = reply.split("\r\n\r\n");
              const what = `${op.method} ${url} (${name}): ${head.split("\r\n")[0]}`;
              // A short body on a route without one is answered at once; otherwise the request timeout ends it.
              const got = Number(head.split(" ")[1]);
              expect(got, what).toBeLessThan(500);
              if (name !== "body shorter than promised" || got === status) {
                expect(got, what).toBe(status);
                expect(JSON.parse(body).error.code, what).toEqual(expect.any(String));
                expect(head.toLowerCase(), what).toContain("x-content-type-options: nosniff");
              }
            }),
          );
        }
      }
      await Promise.all(checks);
    },
    LONG.timeout,
  );

  it("sent a bounded number of requests, and the server still answers", async () => {
    expect(operations.length).toBeGreaterThan(20);
    expect(sent).toBeGreaterThan(operations.length * 80);
    expect((await t.app.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
  });
});
