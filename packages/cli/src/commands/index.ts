import type { Command } from "commander";

/** Each command module adds itself to the program; add new ones to this list. */
export const COMMANDS: ReadonlyArray<(program: Command) => void> = [];
