import type { Server } from "node:http";
import { checkPost, triageMessage } from "@parapet/core";
import { packDirectory } from "./packs/load-packs-from-disk.js";
import { DEFAULT_PACK_ID } from "./packs/packs.schema.js";
import { findPackOrThrow } from "./packs/packs.service.js";
import { loadTriageConfig } from "./triage/triage-config.reader.js";

/** Invented texts that between them reach every detector family and triage category. */
export const WARM_UP_TEXTS = [
  "Our new community hub opens on Monday 7 December: drop in from 10am, or call 0300 123 4567.",
  "Lovely to see Mrs Jane Doe (NHS 943 476 5919, DOB 14/03/1952) on Ward 7 recovering after her stroke.",
  "Patient at LS1 4AP, NI number QQ 12 34 56 C, email jane.doe@example.com, phone 07700 900123.",
  "Vote for the Green Party on Thursday! The government is a disgrace, the minister should resign.",
  "That receptionist is a f*cking idiot, I know where she lives and I'll be waiting for her.",
  "I can't go on any more, I've said goodbye to everyone and I want to end it tonight.",
  "Freedom of Information request: how much did the trust spend on agency nurses in 2025?",
  "Please send me a copy of all the data you hold on me, including my medical records.",
  "I'm a reporter at the Evening Post working on a story about A&E waits, can you comment by 5pm?",
  "I want to make a formal complaint, we waited nine hours and nobody told us anything.",
  "Is it safe to take ibuprofen with my sertraline? My GP is closed.",
  "Thank you to the amazing midwives on the delivery suite, you were wonderful.",
  "WIN a FREE iPhone!!! Click bit.ly/xyz now, limited offer, call 0800 000 000",
  "No puedo más, quiero morir. Ayuda por favor.",
  "Could someone from PALS help me find out why my mum's appointment was cancelled again?",
  "You lot are useless idiots, the whole pack of you.",
];

/** Compiles one pack and its triage configuration and runs both engines over the texts. */
export function warmUpPack(id: string, rounds = 1, receivedAt = new Date()): void {
  const pack = findPackOrThrow(id);
  const triageConfig = loadTriageConfig(id);
  for (let round = 0; round < rounds; round++) {
    for (const [index, text] of WARM_UP_TEXTS.entries()) {
      checkPost(pack, { text, account: { type: index % 2 ? "personal" : "official" } });
      triageMessage({ id: index, text, receivedAt: receivedAt.toISOString() }, triageConfig, {
        now: receivedAt,
      });
    }
  }
}

/**
 * Packs compile lazily and regular expressions compile on first use, so without
 * warming the first requests after a start wait the better part of a second.
 * The default pack is warmed first, after the server listens, one text at a time with the
 * event loop free between texts: /healthz answers as soon as the database is up (~0.6 s
 * sooner than warming before listening), and a request arriving meanwhile waits for one
 * text at most (the first compiles the pack). The first round compiles; later rounds
 * (~15 ms each) let V8 optimise the hot paths. Resolves when done or, soon after
 * `stopped()` turns true, having stopped...
 */
export async function warmUpDefaultPackInSteps(
  stopped: () => boolean = () => false,
  rounds = 8,
  receivedAt = new Date(),
): Promise<void> {
  const step = () => new Promise((resolve) => setImmediate(resolve));
  await step();
  const pack = findPackOrThrow(DEFAULT_PACK_ID);
  const triageConfig = loadTriageConfig(DEFAULT_PACK_ID);
  for (let round = 0; round < rounds; round++) {
    for (const [index, text] of WARM_UP_TEXTS.entries()) {
      await step();
      if (stopped()) return;
      checkPost(pack, { text, account: { type: index % 2 ? "personal" : "official" } });
      await step();
      triageMessage({ id: index, text, receivedAt: receivedAt.toISOString() }, triageConfig, {
        now: receivedAt,
      });
    }
  }
}

/**
 * ...and the other packs some organisation uses, while the server is idle: a pack takes a few
 * hundred milliseconds to warm, which would stall requests arriving meanwhile. A pack someone
 * asks for before its turn compiles on that first request instead. Packs no organisation uses
 * are not warmed: each compiled pack holds ~7 MB, and a server with one trust on it would
 * otherwise carry all six. `lastRequestAt` is when the server last received a request
 * (performance.now()). Returns a function that stops.
 */
export function warmUpOtherPacksWhenIdle(
  inUse: readonly string[],
  lastRequestAt: () => number,
  idleMs = 1_000,
): () => void {
  const known = new Set(packDirectory().ids());
  const others = [...new Set(inUse)].filter((id) => id !== DEFAULT_PACK_ID && known.has(id));
  let timer: NodeJS.Timeout | undefined;
  const next = () => {
    if (performance.now() - lastRequestAt() >= idleMs) {
      const id = others.shift();
      if (id === undefined) return;
      try {
        warmUpPack(id);
      } catch {
        // A pack that fails to compile fails its own requests with a clear error; never the server.
      }
    }
    timer = setTimeout(next, idleMs / 2).unref();
  };
  timer = setTimeout(next, idleMs / 2).unref();
  return () => clearTimeout(timer);
}

/**
 * Calls `warmUp` once, on the server's first request other than a health probe: the engines'
 * compiled tables (~75 MB) are not held by a server nobody has opened yet (idle memory,
 * docs/benchmarks.md), and the first page anyone opens (the sign-in page) starts the warm-up,
 * a few seconds before their first check. A load balancer asking /healthz is not a person.
 */
export function warmUpOnFirstUse(server: Server, warmUp: () => void): void {
  const onRequest = (request: { url?: string | undefined }) => {
    if (request.url?.split("?")[0] === "/healthz") return;
    server.off("request", onRequest);
    warmUp();
  };
  server.on("request", onRequest);
}
