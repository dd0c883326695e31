// Starts engine-worker.ts from the TypeScript sources (tests, and the CLI when its bundle
// cannot be built): a worker thread does not inherit the main thread's TypeScript loader.
import { workerData } from "node:worker_threads";

const { register } = await import("tsx/esm/api");
register();
await import(workerData.module);
