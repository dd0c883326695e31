import { describe, expect, it } from "vitest";
import { addMonthsToDay, notApprovedMessage, type TrainingSettings, trainingStatus } from "./training.js";

const settings: TrainingSettings = {
  modules: [
    { id: "policy", label: "Social media policy (induction)", clause: "CORP-0068 §7.2" },
    { id: "refresher", label: "Annual refresher", validMonths: 12, clause: "CORP-0068 §7.2 (annual)" },
    { id: "foi", label: "FOI recognition", clause: "CMFT FOI" },
  ],
  required: ["policy", "refresher"],
  clause: "CORP-0068 §3.2",
};

const stateOf = (
  completions: { moduleId: string; completedOn: string }[],
  id: string,
  today = "2026-12-03",
) => trainingStatus(settings, completions, today).modules.find((m) => m.moduleId === id)?.state;

describe("training status (CORP-0068 §3.2: trained before using the approved platform)", () => {
  it("a person with nothing recorded is not an approved user, and each required module says why", () => {
    const status = trainingStatus(settings, [], "2026-12-03");
    expect(status.approvedUser).toBe(false);
    expect(status.reasons).toEqual([
      "Social media policy (induction): not done (CORP-0068 §7.2)",
      "Annual refresher: not done (CORP-0068 §7.2 (annual))",
    ]);
    expect(status.modules.map((m) => m.state)).toEqual(["missing", "missing", "missing"]);
  });

  it("every required module in date makes an approved user; an optional module does not matter", () => {
    const status = trainingStatus(
      settings,
      [
        { moduleId: "policy", completedOn: "2019-01-01" },
        { moduleId: "refresher", completedOn: "2026-06-01" },
      ],
      "2026-12-03",
    );
    expect(status.approvedUser).toBe(true);
    expect(status.reasons).toEqual([]);
    expect(status.modules[1]).toMatchObject({ state: "in_date", expiresOn: "2027-06-01" });
    expect(status.modules[2]?.state).toBe("missing");
  });

  it("a lapsed module refuses, naming the day it expired; the latest completion counts", () => {
    const old = [
      { moduleId: "policy", completedOn: "2020-01-01" },
      { moduleId: "refresher", completedOn: "2025-11-30" },
    ];
    const status = trainingStatus(settings, old, "2026-12-03");
    expect(status.approvedUser).toBe(false);
    expect(status.reasons).toEqual(["Annual refresher: expired on 2026-11-30 (CORP-0068 §7.2 (annual))"]);
    expect(notApprovedMessage("Sam Jones", "be an account admin", status)).toBe(
      "Sam Jones is not an approved user yet, so cannot be an account admin: Annual refresher: expired on 2026-11-30 (CORP-0068 §7.2 (annual)).",
    );
    expect(notApprovedMessage(null, "send replies", status)).toMatch(
      /^You are not an approved user yet, so you cannot send replies: /,
    );
    expect(stateOf([...old, { moduleId: "refresher", completedOn: "2026-12-01" }], "refresher")).toBe(
      "in_date",
    );
  });

  it("expires on its anniversary; within 30 days it is expiring but still counts", () => {
    const done = [{ moduleId: "refresher", completedOn: "2025-12-20" }];
    expect(stateOf(done, "refresher", "2026-12-19")).toBe("expiring");
    expect(stateOf(done, "refresher", "2026-12-20")).toBe("expired");
    expect(stateOf(done, "refresher", "2026-11-19")).toBe("in_date");
    const status = trainingStatus(
      settings,
      [...done, { moduleId: "policy", completedOn: "2025-01-01" }],
      "2026-12-19",
    );
    expect(status.approvedUser).toBe(true);
  });

  it("a completion dated in the future does not count yet", () => {
    expect(stateOf([{ moduleId: "policy", completedOn: "2027-01-01" }], "policy")).toBe("missing");
  });

  it("month arithmetic keeps to the calendar (31 January + 1 month is the last day of February)", () => {
    expect(addMonthsToDay("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonthsToDay("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonthsToDay("2026-11-15", 14)).toBe("2028-01-15");
    let checked = 0;
    for (let m = 0; m < 12; m++)
      for (const d of [1, 15, 28]) {
        const day = `2026-${String(m + 1).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        expect(addMonthsToDay(addMonthsToDay(day, 12), -12)).toBe(day);
        checked++;
      }
    expect(checked).toBe(36);
  });
});
