#!/usr/bin/env node
// Runs the TypeScript sources directly so that `npx parapet` works straight
// after `npm install`, with no build step (CONTRACT.md §1).
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/main.ts");
process.exitCode = await main(process.argv);
