/**
 * The worst case of each public route at its largest input, and /check's latency for
 * everyone else while one client sends maximum-size posts (issue 13).
 *
 *   npx tsx bench/route-worst-case.ts [seconds=20] [rate=500]
 *
 * Starts a real `parapet serve` (bench/http-load.ts). Part 1 sends each public route
 * its worst inputs at the size limit, each from a loopback address of its own
 * (127.0.0.x) so that no limit is met, three times, and reports the slowest. Part 2
 * drives /check at `rate` requests a second with ordinary posts (bench/check-corpus.ts)
 * while an attacker sends the slowest 100,000-character post back to back: first from
 * one address (the per-client character budget throttles it), then rotating through
 * 200 addresses (a distributed attacker the per-client budget cannot see).
 */
import { request } from "node:http";
import { makePost } from "./check-corpus.js";
import { drive, loadAverage, startServe } from "./http-load.js";

const seconds = Number(process.argv[2] ?? 20);
const rate = Number(process.argv[3] ?? 500);
const CHECK_MAX = 100_000;
const TRIAGE_MAX = 20_000;

let nextAddress = 10;
/** A loopback address not used yet in this run: a client the server has not seen. */
const freshAddress = () => {
  nextAddress += 1;
  return `127.0.${Math.floor(nextAddress / 250)}.${(nextAddress % 250) + 2}`;
};

function send(
  base: string,
  method: string,
  path: string,
  body: string | undefined,
  localAddress: string,
): Promise<{ status: number; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const url = new URL(path, base);
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method,
        localAddress,
        agent: false,
        headers: body
          ? { "content-type": "application/json", "content-length": Buffer.byteLength(body) }
          : {},
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** Texts that make each kind of pattern work hardest: long runs of what it accepts, and near-misses. */
function adversarialTexts(size: number): Record<string, string> {
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  return {
    "letters (a)": fill("a"),
    "capitals (A)": fill("A"),
    "digits (1)": fill("1"),
    "dots (.)": fill("."),
    "hyphens (-)": fill("-"),
    spaces: fill(" "),
    "a@ repeated": fill("a@"),
    "a. repeated": fill("a."),
    "digit space (1 )": fill("1 "),
    "digits in tens (NHS-number-like)": fill("943 476 5919 "),
    words: fill("nurse ward patient "),
    emoji: fill("😀"),
    "accented (é)": fill("é"),
    hashtags: fill("#a "),
    links: fill("https://a.b/c "),
    "mixed personal data": fill(
      "Call 07700 900123 or email a.b@nhs.net, NI AB123456C, DOB 01/02/1990, SW1A 1AA, patient John Smith on ward 7. ",
    ),
  };
}

const server = await startServe();
const out: Record<string, unknown> = { node: process.version, loadBefore: loadAverage() };
try {
  const { url } = server;
  // Warm the packs first, as the first minute of a running server would.
  for (let i = 0; i < 20; i += 1)
    await send(url, "POST", "/api/v1/check", JSON.stringify(makePost(i)), freshAddress());

  /**
   * One request sent once untimed (a pack compiles and V8 optimises on first use), then
   * three times timed, each from an address of its own: the median and the slowest.
   */
  const worst = async (method: string, path: string, body?: string) => {
    await send(url, method, path, body, freshAddress());
    const tries: { status: number; ms: number }[] = [];
    for (let i = 0; i < 3; i += 1) tries.push(await send(url, method, path, body, freshAddress()));
    const times = tries.map((t) => t.ms).sort((a, b) => a - b);
    const round = (ms: number) => Math.round(ms * 10) / 10;
    return { status: tries[0]?.status ?? 0, ms: round(times[1] ?? 0), maxMs: round(times[2] ?? 0) };
  };

  const part1: Record<string, unknown> = {};
  const checkTexts = adversarialTexts(CHECK_MAX);
  let slowestCheck = { name: "", ms: 0, body: "" };
  // Slowest by median: the attacker picks the post that is reliably expensive.
  for (const pack of ["nhs-core", "eput", "thh", "tewv", "rwt", "cmft"]) {
    for (const [name, text] of Object.entries(checkTexts)) {
      const body = JSON.stringify({
        id: "worst",
        text,
        platform: "blog",
        account: { type: "personal", handle: "@a_b", bio: text.slice(0, 2000), identifiesAsEmployee: true },
      });
      const r = await worst("POST", `/api/v1/check?pack=${pack}`, body);
      part1[`POST /api/v1/check?pack=${pack}: ${name}`] = r;
      if (r.ms > slowestCheck.ms) slowestCheck = { name: `${pack}: ${name}`, ms: r.ms, body };
    }
  }
  for (const [name, text] of Object.entries(adversarialTexts(TRIAGE_MAX))) {
    const body = JSON.stringify({ id: "worst", text, author: { handle: "@a", name: text.slice(0, 200) } });
    part1[`POST /api/v1/triage: ${name}`] = await worst("POST", "/api/v1/triage", body);
  }
  part1["POST /api/v1/auth/sign-in: 1,024-character password, unknown email"] = await worst(
    "POST",
    "/api/v1/auth/sign-in",
    JSON.stringify({ email: `${"a".repeat(240)}@b.example`, password: "p".repeat(1024), totp: "123456" }),
  );
  part1["POST /api/v1/auth/set-password: unknown link, 1,024-character password"] = await worst(
    "POST",
    "/api/v1/auth/set-password",
    JSON.stringify({ token: "t".repeat(200), password: "p".repeat(1024) }),
  );
  for (const path of [
    "/healthz",
    "/api/v1/openapi.json",
    "/api/v1/packs",
    "/api/v1/packs/tewv",
    "/api/v1/packs/tewv/sources",
    "/api/v1/auth/oidc",
  ])
    part1[`GET ${path}`] = await worst("GET", path);
  out.worstCase = part1;
  out.slowestCheck = { input: slowestCheck.name, ms: slowestCheck.ms };

  /** /check at `rate` for everyone else while the attacker sends the slowest post back to back. */
  const underAttack = async (addresses: number) => {
    const pool = Array.from({ length: addresses }, freshAddress);
    let stop = false;
    const attacker = { sent: 0, accepted: 0, refused: 0, acceptedMs: 0 };
    const attack = (async () => {
      for (let i = 0; !stop; i += 1) {
        const r = await send(
          url,
          "POST",
          "/api/v1/check",
          slowestCheck.body,
          pool[i % pool.length] ?? "127.0.0.2",
        );
        attacker.sent += 1;
        if (r.status === 200) {
          attacker.accepted += 1;
          attacker.acceptedMs += r.ms;
        } else attacker.refused += 1;
      }
    })();
    const bodies = Array.from({ length: 1000 }, (_, i) => JSON.stringify(makePost(i)));
    const others = await drive(`${url}/api/v1/check`, bodies, { seconds, rate, connections: 10 });
    stop = true;
    await attack;
    return {
      others,
      attacker: {
        addresses,
        sent: attacker.sent,
        accepted: attacker.accepted,
        refused429: attacker.refused,
        meanAcceptedMs: Math.round(attacker.acceptedMs / Math.max(1, attacker.accepted)),
      },
    };
  };
  const bodies = Array.from({ length: 1000 }, (_, i) => JSON.stringify(makePost(i)));
  out.noAttack = await drive(`${url}/api/v1/check`, bodies, { seconds, rate, connections: 10 });
  out.attackFromOneAddress = await underAttack(1);
  out.attackFrom200Addresses = await underAttack(200);
} finally {
  await server.stop();
  out.loadAfter = loadAverage();
  console.log(JSON.stringify(out, null, 2));
}
