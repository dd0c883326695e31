import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { AppError } from "@parapet/core/errors";
import { checkInboxFile } from "@parapet/server/inbox/inbox-pack.js";
import { loadOwnPack, locateOwnPack } from "@parapet/server/packs/own-pack.js";
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
    .description(
      "validate a pack a trust has written: its pack.yaml, and the triage.yaml and inbox.yaml beside it",
    )
    .argument("<path>", "the pack's directory, or its pack.yaml")
    .action(async (path: string) => {
      const pack = loadOwnPack(path);
      process.stdout.write(`${path}: valid pack "${pack.id}" with ${pack.rules.length} rules\n`);
      const { dir } = locateOwnPack(path);
      if (existsSync(join(dir, "triage.yaml"))) {
        // Loaded here only: the triage configuration brings the holiday calendars.
        const { loadOwnTriageConfig } = await import("@parapet/server/packs/own-triage-config.js");
        loadOwnTriageConfig(path);
        process.stdout.write("  triage.yaml: valid\n");
      } else {
        process.stdout.write(
          "  triage.yaml: none, so `parapet triage` refuses this pack (packs/README.md)\n",
        );
      }
      const inboxFile = join(dir, "inbox.yaml");
      if (existsSync(inboxFile)) {
        const inbox = checkInboxFile(readFileSync(inboxFile, "utf8"), "inbox.yaml");
        if (inbox.pack !== pack.id)
          throw new AppError(
            "validation",
            `inbox.yaml: pack is "${inbox.pack}"; pack.yaml's id is "${pack.id}"`,
          );
        process.stdout.write("  inbox.yaml: valid\n");
      } else {
        process.stdout.write("  inbox.yaml: none, so the inbox uses nhs-core's moderation and alert rules\n");
      }
      process.exitCode = EXIT.ok;
    });
}
