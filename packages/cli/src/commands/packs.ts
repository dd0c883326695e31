import { validatePackFile } from "@parapet/server/packs/load-packs-from-disk.js";
import { listPacks } from "@parapet/server/packs/packs.service.js";
import type { Command } from "commander";
import { EXIT } from "../exit.js";

function overdue(date: string, today: string): boolean {
  return date < today;
}

export function registerPacks(program: Command): void {
  const packs = program
    .command("packs")
    .description("list the policy packs (docs/interfaces.md §2)")
    .option("--json", "print the list as JSON")
    .action((opts: { json?: boolean }) => {
      const list = listPacks();
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(list)}\n`);
        return;
      }
      const today = new Date().toISOString().slice(0, 10);
      for (const p of list) {
        const review = overdue(p.nextReviewDate, today)
          ? `review overdue since ${p.nextReviewDate}`
          : `next review ${p.nextReviewDate}`;
        process.stdout.write(
          `${p.id.padEnd(9)} ${p.organisation}\n          ${p.document} v${p.version}, ${review}\n`,
        );
      }
    });
  packs
    .command("validate")
    .description("validate a pack.yaml a trust has written")
    .argument("<path>", "path to the pack.yaml")
    .action((path: string) => {
      const pack = validatePackFile(path);
      process.stdout.write(`${path}: valid pack "${pack.id}" with ${pack.rules.length} rules\n`);
      process.exitCode = EXIT.ok;
    });
}
