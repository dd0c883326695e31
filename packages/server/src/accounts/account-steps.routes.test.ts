import { ACCOUNT_EVENTS, ACCOUNT_STATUSES } from "@parapet/core";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../test/helpers/route-tests.js";
import { signInAs } from "../../test/helpers/test-app.js";
import { TEST_DATABASES } from "../../test/helpers/test-database.js";

const PEOPLE = {
  staff: "staff@fenmoor.example",
  manager: "manager@fenmoor.example",
  comms: "comms@fenmoor.example",
  head: "head-of-comms@fenmoor.example",
  ig: "ig@fenmoor.example",
  hr: "hr@fenmoor.example",
  admin: "admin@fenmoor.example",
} as const;
type Who = keyof typeof PEOPLE;
const EVERYONE = Object.keys(PEOPLE) as Who[];

/**
 * The registered account's own steps, written out from the register's rules rather than
 * computed from the workflow: the communications team (CORP-0068 §4.3: it manages and oversees
 * the Trust's accounts) marks a live account dormant when it has gone quiet (RWT Attachment 2
 * §3.4), revives it, suspends and reinstates it, and closes it from any state but closed. An
 * account goes live only through its request's set-up, never by this route. Nobody else may
 * take any step.
 */
const LEGAL: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  requested: { close: "closed" },
  live: { mark_dormant: "dormant", suspend: "suspended", close: "closed" },
  dormant: { revive: "live", suspend: "suspended", close: "closed" },
  suspended: { reinstate: "live", close: "closed" },
  closed: {},
};
const MANAGERS: readonly Who[] = ["comms", "head"];

describe.each(TEST_DATABASES)("every step on a registered account, for every role, on %s", (kind) => {
  const t = useTestApp(kind);
  const headers = {} as Record<Who, Record<string, string>>;
  let n = 0;

  beforeAll(async () => {
    for (const who of EVERYONE) {
      const s = await signInAs(t.app, PEOPLE[who]);
      headers[who] = { cookie: s.cookie, "x-csrf-token": s.csrfToken };
    }
  });
  const call = (who: Who, method: "GET" | "POST", url: string, payload?: object) =>
    t.app.inject({ method, url, headers: headers[who], ...(payload ? { payload } : {}) });

  async function accountIn(status: string): Promise<string> {
    n += 1;
    const csv = `platform,handle,name,owning_service,status,admins\nx,@fenmoorsteps${n},Steps ${n},Estates,${status},${PEOPLE.comms}`;
    const imported = await call("comms", "POST", "/api/v1/accounts/import", { csv, dryRun: false });
    expect(imported.json(), imported.body).toMatchObject({ imported: 1 });
    const found = await call("comms", "GET", `/api/v1/accounts?q=fenmoorsteps${n}`);
    const [account] = found
      .json<{ accounts: { id: string; status: string; handle: string }[] }>()
      .accounts.filter((a) => a.handle === `@fenmoorsteps${n}`);
    expect(account?.status).toBe(status);
    return account?.id ?? "";
  }
  const statusOf = async (id: string) =>
    (await call("comms", "GET", `/api/v1/accounts/${id}`)).json<{ status: string }>().status;

  it("allows exactly the legal steps from every status, and refuses the rest without a change", async () => {
    let legal = 0;
    let refused = 0;
    for (const status of ACCOUNT_STATUSES)
      for (const event of ACCOUNT_EVENTS) {
        const id = await accountIn(status);
        const to = LEGAL[status]?.[event];
        // Everyone who may not take it first: nothing changes.
        for (const who of EVERYONE) {
          if (to && MANAGERS.includes(who)) continue;
          const res = await call(who, "POST", `/api/v1/accounts/${id}/steps`, { event });
          expect(res.statusCode, `${who} ${event} from ${status}`).toBe(MANAGERS.includes(who) ? 409 : 403);
          expect(res.json().error.code).toBe(MANAGERS.includes(who) ? "invalid_transition" : "forbidden");
          refused += 1;
        }
        expect(await statusOf(id)).toBe(status);
        if (!to) continue;
        // Either of the communications team may take it.
        const who = MANAGERS[(legal % MANAGERS.length) as 0 | 1] as Who;
        const res = await call(who, "POST", `/api/v1/accounts/${id}/steps`, { event });
        expect(res.statusCode, `${who} ${event} from ${status}: ${res.body}`).toBe(200);
        expect(await statusOf(id)).toBe(to);
        legal += 1;
      }
    expect(legal).toBe(Object.values(LEGAL).reduce((sum, steps) => sum + Object.keys(steps).length, 0));
    expect(refused).toBeGreaterThan(150);
  });
});
