import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkAccountCriteria, EMPTY_REQUEST_FORM } from "@parapet/core";
import { describe, expect, it } from "vitest";
import { packDirectory } from "../packs/load-packs-from-disk.js";
import { loadAccountsPack } from "./accounts-pack.js";

describe("the packs' account rules", () => {
  it("loads for every shipped pack, every criterion and setting citing a clause", () => {
    const ids = packDirectory().ids();
    expect(ids.length).toBeGreaterThanOrEqual(6);
    for (const id of ids) {
      const pack = loadAccountsPack(id);
      expect(pack.criteria.length, id).toBeGreaterThan(0);
      for (const c of pack.criteria) expect(c.clause.length, `${id} ${c.id}`).toBeGreaterThan(3);
      for (const s of [
        pack.approver,
        pack.endorser,
        pack.review,
        pack.dormant,
        pack.admins,
        pack.setup,
        pack.training,
      ])
        expect(s.clause.length, id).toBeGreaterThan(3);
      expect(pack.review.intervalMonths).toBe(12);
      expect(pack.dormant.afterMonths).toBe(3);
    }
  });

  it("names the policies' approvers and criteria", () => {
    expect(loadAccountsPack("eput").approver.title).toBe("Associate Director of Communications");
    expect(loadAccountsPack("rwt").approver.title).toBe("Head of Communications");
    const rwt = loadAccountsPack("rwt").criteria.find((c) => c.check === "posting_frequency");
    expect(rwt?.params?.moreThan).toBe(3);
    expect(rwt?.clause).toContain("§3.4");
    const cmft = loadAccountsPack("cmft").criteria.map((c) => c.check);
    expect(cmft).toEqual(expect.arrayContaining(["foi_training", "moderation_plan", "approved_user_named"]));
    expect(loadAccountsPack("eput").criteria.map((c) => c.check)).toContain("page_not_personal_profile");
  });

  it("checks a request against the pack, each result with its clause", () => {
    const pack = loadAccountsPack("rwt");
    const three = checkAccountCriteria({ ...EMPTY_REQUEST_FORM, postsPerWeek: 3 }, pack.criteria);
    expect(three.find((r) => r.id === "posting_frequency")).toMatchObject({
      met: false,
      clause: expect.stringContaining("§3.4"),
    });
    const four = checkAccountCriteria({ ...EMPTY_REQUEST_FORM, postsPerWeek: 4 }, pack.criteria);
    expect(four.find((r) => r.id === "posting_frequency")?.met).toBe(true);
    const cmft = loadAccountsPack("cmft");
    const plan = { ...EMPTY_REQUEST_FORM, moderationPlan: "The team checks it at 9 and 4." };
    expect(checkAccountCriteria(plan, cmft.criteria).find((r) => r.id === "moderation")?.met).toBe(false);
    const weekdays = { ...plan, moderatedEveryWeekday: true };
    expect(checkAccountCriteria(weekdays, cmft.criteria).find((r) => r.id === "moderation")?.met).toBe(true);
    const profile = checkAccountCriteria(
      { ...EMPTY_REQUEST_FORM, presence: "personal_profile" },
      loadAccountsPack("eput").criteria,
    );
    expect(profile.find((r) => r.id === "page_not_profile")?.met).toBe(false);
  });

  it("names the file and the field of a bad accounts.yaml", () => {
    const dir = mkdtempSync(join(tmpdir(), "parapet-accounts-"));
    const write = (id: string, yaml: string) => {
      mkdirSync(join(dir, id), { recursive: true });
      writeFileSync(join(dir, id, "pack.yaml"), "");
      writeFileSync(join(dir, id, "accounts.yaml"), yaml);
    };
    write(
      "bad-check",
      "pack: bad-check\ncriteria:\n  - id: x\n    check: vibes\n    clause: a\n    message: b\n",
    );
    expect(() => loadAccountsPack("bad-check", dir)).toThrow(
      /packs\/bad-check\/accounts\.yaml: criteria\[0\]\.check/,
    );
    write("bad-months", "pack: bad-months\nreview:\n  intervalMonths: 0\n  clause: a\n");
    expect(() => loadAccountsPack("bad-months", dir)).toThrow(/accounts\.yaml: review\.intervalMonths/);
    write("missing", "pack: missing\n");
    expect(() => loadAccountsPack("missing", dir)).toThrow(/accounts\.yaml: approver: missing/);
    write("module", "pack: module\ntraining:\n  modules: []\n  required: [nope]\n  clause: a\n");
    expect(() => loadAccountsPack("module", dir)).toThrow(/training\.required\[0\]: nope/);
    write("syntax", "pack: [unclosed\n");
    expect(() => loadAccountsPack("syntax", dir)).toThrow(/accounts\.yaml:\d+: YAML syntax/);
    write("wrong-dir", "pack: other\n");
    expect(() => loadAccountsPack("wrong-dir", dir)).toThrow(/pack: says "other"/);
  });
});
