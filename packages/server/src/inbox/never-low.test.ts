import type { TriageResult } from "@parapet/core";
import { describe, expect, it } from "vitest";
import { neverLowWhenUnread } from "./triage.job.js";

const low: TriageResult = {
  id: "m1",
  category: "general",
  urgency: "low",
  flags: [],
  route: "communications",
  dueBy: null,
  reasons: [],
};

describe("a message Parapet cannot read is never low (issue 11 §2)", () => {
  it.each([
    ["no text", "", 0, "no_text"],
    ["an attachment only", " ", 1, "no_text"],
    ["an attachment beside text", "see the photo", 1, "attachment"],
    ["more than triage reads", "a".repeat(20_001), 0, "too_long"],
  ])("%s becomes high, with the reason", (_, text, attachments, cue) => {
    const out = neverLowWhenUnread(low, text, attachments);
    expect(out.urgency).toBe("high");
    expect(out.reasons?.at(-1)?.cue).toBe(cue);
  });

  it("leaves a readable low message, and never lowers a higher one", () => {
    expect(neverLowWhenUnread(low, "thanks all", 0).urgency).toBe("low");
    expect(neverLowWhenUnread({ ...low, urgency: "critical" }, "", 1).urgency).toBe("critical");
  });
});
