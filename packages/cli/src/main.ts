import { Command, CommanderError } from "commander";
// Inlined by the bundler: the version a person reports is the one the repository says.
import packageJson from "../../../package.json" with { type: "json" };
import { COMMANDS } from "./commands/index.js";
import { EXIT, reportError } from "./exit.js";

/** Builds the program and runs it; resolves to the process exit status (docs/interfaces.md §1). */
export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command("parapet")
    .description("Parapet: social media governance for NHS trusts")
    .version(packageJson.version, "-v, --version", "print the version of Parapet")
    .showHelpAfterError()
    .exitOverride();
  for (const register of COMMANDS) register(program);
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === "number" ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version arrive here as "errors" with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    return reportError(error);
  }
}
