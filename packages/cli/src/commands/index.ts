import type { Command } from "commander";
import { registerCheck } from "./check.js";
import { registerPacks } from "./packs.js";

/** Each command module adds itself to the program; add new ones to this list. */
export const COMMANDS: ReadonlyArray<(program: Command) => void> = [registerCheck, registerPacks];
