import { describe, expect, it } from "vitest";
import { fastest, repeatTo } from "../timing.test-helper.js";
import { classify } from "./classify.js";

/**
 * The crisis, threat and service kind cues (cues-crisis-signs.ts, cues-threat-signs.ts,
 * cues-service-kinds.ts) and the
 * distant-past filter stay linear on 100,000 characters (five times the longest message triage
 * accepts; classify is called directly, as triageMessage would after its length check). Each input repeats
 * the literal start of a pattern with nothing to finish it, or a hit beside a recovery, the cases
 * that make a backtracking pattern or a per-hit window quadratic. Ten times the text must take
 * about ten times as long: the bound (60 times, or 400 ms) is wide enough for a loaded machine and
 * far below what quadratic work costs.
 */

function triage(text: string): string {
  return classify(text, []).category;
}

const UNITS = [
  "i'm going to do it ",
  "tonight ",
  "pills pills ",
  "keeping my pills ",
  "bought 4 boxes of ",
  "from 4 ",
  "hose pipe ",
  "i won't be around ",
  "won't be here ",
  "make sure ",
  "gave my ",
  "passwords ",
  "funeral songs ",
  "no one ",
  "cutting my arm ",
  "bleeding ",
  "cut ",
  "worked out which ",
  "i know what time ",
  "the nurse walks ",
  "i'll be waiting ",
  "got the ",
  "one match ",
  "petrol ",
  "get a knife ",
  "come back ",
  "how many ",
  "taken my tablets ",
  "help with ",
  "i'm doing well now. years ago i cut my arm again ",
  "three hours ",
  "on hold ",
  "moved my appointment ",
  "discharged ",
  "the nurse refused to ",
  "broken ",
  "followed him ",
  "spoke about my mum ",
  "funny how ",
  "you've got 24 hours ",
  "lighter ",
  "my wrist is bleeding ",
];

describe("crisis and threat sign cues run in linear time on 100,000 characters", () => {
  let checked = 0;
  for (const unit of UNITS) {
    it(`"${unit.trim()}" repeated`, () => {
      const small = repeatTo(unit, 10_000);
      const large = repeatTo(unit, 100_000);
      triage(small);
      const tSmall = fastest(() => triage(small), 5);
      const tLarge = fastest(() => triage(large), 3);
      expect(tLarge).toBeLessThan(Math.max(60 * tSmall, 400));
      checked++;
    });
  }
  it("checked every input", () => expect(checked).toBe(UNITS.length));
});
