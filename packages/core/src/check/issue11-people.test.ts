// Issue 11: patients and colleagues the checker missed, and the traps it flagged. Every post here
// was written for Parapet by kind (no labelled set read): names in scripts the name lexicon does
// not hold, a full name straight before a date with a year of birth, a colleague's pregnancy loss,
// and a venue's own address written after its name.
import { describe, expect, it } from "vitest";
import { repoPack } from "../packs/repo-packs.test-helper.js";
import { expectLinear } from "../timing.test-helper.js";
import { checkPost } from "./check-post.js";

const core = repoPack("nhs-core");

function check(text: string) {
  const r = checkPost(core, { text });
  return {
    verdict: r.verdict,
    categories: [...new Set(r.findings.map((f) => f.category))].sort(),
    names: r.findings
      .filter((f) => f.category === "pii.person_name" && f.start !== undefined)
      .map((f) => text.slice(f.start, f.end)),
  };
}

describe("names in other scripts beside a care setting in the same language", () => {
  const cases: Array<[string, string]> = [
    ["王伟 在 5 号床，今天出院", "王伟"],
    ["李娜在病房里等家人", "李娜"],
    ["Олег Петров в палате 3, завтра выписка", "Олег Петров"],
    ["Γιώργος Παπαδόπουλος στο κρεβάτι 2", "Γιώργος Παπαδόπουλος"],
    ["राजेश कुमार को आज वार्ड 6 में भर्ती किया गया", "राजेश कुमार"],
    ["ராஜேஷ் குமார் இன்று வார்டு 4 இல் அனுமதிக்கப்பட்டார்", "ராஜேஷ் குமார்"],
  ];
  it.each(cases)("%s", (text, name) => {
    const r = check(text);
    expect(r.verdict).toBe("block");
    expect(r.categories).toContain("clinical.patient_information");
    expect(r.names).toContain(name);
  });

  it("leaves the same scripts alone with no care setting", () => {
    expect(check("Олег Петров выиграл турнир по шахматам").verdict).toBe("pass");
    expect(check("王伟 和 李娜 今天 去 公园").verdict).toBe("pass");
  });
});

describe("a full name straight before a date with a year of birth, with no label", () => {
  it("reports the date and the name", () => {
    const r = check("Hassan Ali 07/09/1979 please chase bloods");
    expect(r.verdict).toBe("block");
    expect(r.categories).toEqual(expect.arrayContaining(["pii.date_of_birth", "pii.person_name"]));
  });

  it("does not read a recent date, or a founding date, as a birth", () => {
    expect(check("Board Meeting 07/09/2025 agenda attached").categories).not.toContain("pii.date_of_birth");
    expect(check("Victoria Hospital opened 01/06/1948 and is still going").categories).not.toContain(
      "pii.date_of_birth",
    );
  });
});

describe("a colleague's pregnancy loss, even in a kind post", () => {
  it("names the colleague", () => {
    const r = check("Shout out to Mark on ward 9 who is back at work after losing his baby last month");
    expect(r.verdict).toBe("block");
    expect(r.names).toEqual(["Mark"]);
  });
});

describe("a venue's own address, written after its name", () => {
  it("passes on a personal account", () => {
    expect(
      check("Our Cancer Support Centre, 14 Grange Road, Darlington DL1 5NR, is open Monday to Friday")
        .verdict,
    ).toBe("pass");
  });

  it("still reports an address after a person word", () => {
    expect(check("Visited the lady at 14 Grange Road, she lives alone").categories).toContain("pii.address");
  });
});

describe("the patterns of these kinds stay linear on the largest post (100,000 characters)", () => {
  // Each unit repeats the start of a pattern with nothing to finish it, or with everything.
  const UNITS = [
    "王伟 李娜 在 号床 ",
    "王王王王王王",
    "Олег Петров палате ",
    "сказал Наташу Олег ",
    "Ο Γιώργος Η Μαρία ",
    "מר כהן מחדר 5 ",
    "لفاطمة محمد ",
    "राजेश कुमार वार्ड ",
    "Hassan Ali 07/09/1979 ",
    "Ali 07/09/1979 ",
    "The Elizabeth Garrett Anderson ",
    "Our Centre, 14 Grange Road, ",
    "with Aisha and Ravi's with ",
  ];
  it.each(UNITS)("checkPost: %j repeated", (unit) => {
    let checked = 0;
    expectLinear((text) => {
      checked++;
      return checkPost(core, { text });
    }, unit);
    expect(checked).toBeGreaterThan(8);
  });
});

describe("a patient story an official account publishes with consent", () => {
  const official = { type: "official", handle: "@TrustNHS" } as const;
  it("passes on an official account", () => {
    const text =
      "With Aisha and Ravi's permission, we're sharing this photo of baby Noor going home after 90 days on our neonatal unit";
    expect(checkPost(core, { text, account: official }).verdict).toBe("pass");
  });

  it("still blocks the same words from a personal account", () => {
    const text =
      "With Aisha and Ravi's permission, we're sharing this photo of baby Noor going home after 90 days on our neonatal unit";
    expect(checkPost(core, { text, account: { type: "personal" } }).verdict).toBe("block");
  });
});

describe("consent stated in the text on a team's devolved account", () => {
  it("is not enough: the strict reading blocks a named service user's admission", () => {
    const text =
      "Watch Sam's story: from his first admission to Oak ward to co-teaching our course. Filmed with Sam's consent";
    expect(checkPost(core, { text, account: { type: "devolved", handle: "@TeamNHS" } }).verdict).toBe(
      "block",
    );
  });
});
