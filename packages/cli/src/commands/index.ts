import type { Command } from "commander";
import { registerAudit } from "./audit.js";
import { registerCheck } from "./check.js";
import { registerPacks } from "./packs.js";
import { registerServerCommands } from "./server.js";
import { registerTriage } from "./triage.js";

/** Each command module adds itself to the program; add new ones to this list. */
export const COMMANDS: ReadonlyArray<(program: Command) => void> = [
  registerServerCommands,
  registerCheck,
  registerPacks,
  registerTriage,
  registerAudit,
];
