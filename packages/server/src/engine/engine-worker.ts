// The checker and triage in a worker thread, for long texts (engine-pool.ts): a
// 100,000-character post takes the worker some hundreds of milliseconds while the
// server's own thread goes on answering everyone else.
import { parentPort } from "node:worker_threads";
import { type CheckInput, checkPost, isAppError, type TriageInput, triageMessage } from "@parapet/core";
import { findPackOrThrow } from "../packs/packs.service.js";
import { loadTriageConfig } from "../triage/triage-config.reader.js";

export type EngineJob =
  | { id: number; kind: "check"; pack: string; input: CheckInput }
  | { id: number; kind: "triage"; pack: string; input: TriageInput; now: number };

export type EngineReply =
  | { id: number; result: unknown }
  | { id: number; error: { code: string; message: string; details?: unknown; app: boolean } };

function run(job: EngineJob): unknown {
  if (job.kind === "check") return checkPost(findPackOrThrow(job.pack), job.input);
  return triageMessage(job.input, loadTriageConfig(job.pack), { now: new Date(job.now) });
}

// Imported on the main thread too (the bundle test loads every file): there it does nothing.
parentPort?.on("message", (job: EngineJob) => {
  let reply: EngineReply;
  try {
    reply = { id: job.id, result: run(job) };
  } catch (error) {
    reply = isAppError(error)
      ? { id: job.id, error: { code: error.code, message: error.message, details: error.details, app: true } }
      : { id: job.id, error: { code: "internal", message: (error as Error).message, app: false } };
  }
  parentPort?.postMessage(reply);
});
