// The labelled inbound messages (packages/core/test/triage-eval/messages.jsonl), for the triage and language benchmarks.
import { readFileSync } from "node:fs";

/** Each labelled message's input object: everything but its label and note. */
export function labelledMessageInputs(): Record<string, unknown>[] {
  return readFileSync(new URL("../packages/core/test/triage-eval/messages.jsonl", import.meta.url), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const { expect: _label, note: _note, ...input } = JSON.parse(line) as Record<string, unknown>;
      return input;
    });
}

/** Just the messages' texts. */
export function labelledMessageTexts(): string[] {
  return labelledMessageInputs().map((input) => String(input.text));
}
