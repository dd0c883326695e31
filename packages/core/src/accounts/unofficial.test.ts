import { describe, expect, it } from "vitest";
import {
  brandMatches,
  brandNeedles,
  handleFromUrl,
  mayMention,
  mentionedHandles,
  normaliseHandle,
  unofficialWorkflow,
} from "./unofficial.js";

const comms = { id: "comms", roles: ["communications_officer"] };
const staff = { id: "staff", roles: ["staff"] };

describe("possible unofficial accounts", () => {
  const needles = brandNeedles("Fenmoor Community Health NHS Trust", [
    "Fenmoor",
    "FCH",
    "St Brannoc's Hospital",
  ]);

  it("takes the organisation's name without the words every trust shares, and its brand terms", () => {
    expect(needles.map((n) => n.term)).toEqual([
      "Fenmoor Community Health",
      "Fenmoor",
      "FCH",
      "St Brannoc's Hospital",
    ]);
    expect(brandNeedles("The Royal Wolverhampton NHS Trust", []).map((n) => n.compact)).toEqual([
      "royalwolverhampton",
    ]);
    // Two letters would match nearly anything: dropped.
    expect(brandNeedles("NHS Trust", ["ab", "  "])).toEqual([]);
  });

  it("finds the brand in a handle or display name, long terms anywhere and initials only as a word or at an end", () => {
    expect(brandMatches(needles, "FenmoorNursesUnofficial", null)).toEqual(["Fenmoor"]);
    expect(brandMatches(needles, "@ward7_friends", "Friends of Fenmoor Community Health")).toEqual([
      "Fenmoor Community Health",
      "Fenmoor",
    ]);
    expect(brandMatches(needles, "fchnurses", null)).toEqual(["FCH"]);
    expect(brandMatches(needles, "nurses_FCH", null)).toEqual(["FCH"]);
    expect(brandMatches(needles, "random", "FCH Physio team")).toEqual(["FCH"]);
    expect(brandMatches(needles, "stbrannocshospitalstaff", null)).toEqual(["St Brannoc's Hospital"]);
    // Initials inside another word are not the brand.
    expect(brandMatches(needles, "catchfchimney", "Watchful chimney sweeps")).toEqual([]);
    expect(brandMatches(needles, "a_member_of_the_public", "Sam")).toEqual([]);
  });

  it("folds handles the way the register does and reads a handle from an account's address", () => {
    expect(normaliseHandle("  @@FenmoorNurses ")).toBe("fenmoornurses");
    expect(handleFromUrl("https://x.com/FenmoorNurses/status/123")).toBe("fenmoornurses");
    expect(handleFromUrl("https://www.facebook.com/profile.php?id=100012345")).toBe("100012345");
    expect(handleFromUrl("https://www.linkedin.com/company/fenmoor-health/")).toBe("fenmoor-health");
    expect(handleFromUrl("https://bsky.app/profile/fenmoor.bsky.social")).toBe("fenmoor.bsky.social");
    expect(handleFromUrl("https://www.tiktok.com/@fenmoorwards")).toBe("fenmoorwards");
    expect(handleFromUrl("javascript:alert(1)")).toBeNull();
    expect(handleFromUrl("not a url")).toBeNull();
    expect(handleFromUrl("https://x.com/")).toBeNull();
  });

  it("finds @mentions in one pass, not e-mail addresses, each once", () => {
    expect(
      mentionedHandles("Ask @FenmoorNurses or @fenmoornurses. Mail me at sam@example.com, cc @ward-7. @"),
    ).toEqual(["FenmoorNurses", "ward-7"]);
    expect(mentionedHandles("no mentions here")).toEqual([]);
    expect(mayMention(needles, "hello @fenmoornurses")).toBe(true);
    expect(mayMention(needles, "Fenmoor without an at sign")).toBe(false);
    expect(mayMention(needles, "@someone else entirely")).toBe(false);
    // Long text of at signs stays one pass.
    expect(mentionedHandles("@".repeat(100_000))).toEqual([]);
    expect(mentionedHandles(`@${"a".repeat(100_000)}`)).toHaveLength(1);
  });

  it("lets only the communications team decide, and asks why for a dismissal or a report", () => {
    expect(unofficialWorkflow.transition("open", "claim", comms, { reasons: null })).toBe("claimed");
    expect(unofficialWorkflow.check("open", "claim", staff, { reasons: null })).toMatchObject({
      ok: false,
      reason: "role_not_allowed",
    });
    expect(unofficialWorkflow.check("open", "dismiss", comms, { reasons: "  " })).toMatchObject({
      ok: false,
      reason: "guard",
      message: expect.stringMatching(/Say why/),
    });
    expect(unofficialWorkflow.transition("reported", "dismiss", comms, { reasons: "Taken down." })).toBe(
      "dismissed",
    );
    expect(unofficialWorkflow.transition("dismissed", "reopen", comms, { reasons: null })).toBe("open");
    expect(unofficialWorkflow.check("confirmed", "reopen", comms, { reasons: null })).toMatchObject({
      ok: false,
      reason: "final_state",
    });
  });
});
