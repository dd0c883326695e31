import fc from "fast-check";
import { isValid as isValidPostcode } from "postcode";
import { validate as validateNino } from "stdnum/lib/cjs/gb/nino.js";
import { describe, expect, it } from "vitest";
import { findPii, isValidNhsNumber } from "./index.js";
import { isAllocatableNinoPrefix } from "./nino.detector.js";

function checkDigit(nine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (10 - i);
  return 11 - (sum % 11);
}

const nine = fc.stringMatching(/^[0-9]{9}$/);
const separator = fc.constantFrom("", " ", "-");

describe("NHS number detector (properties)", () => {
  it("finds every valid number, in any of the usual groupings, at its exact span", () => {
    fc.assert(
      fc.property(
        nine.filter((n) => checkDigit(n) !== 10),
        separator,
        fc.string({ maxLength: 20 }),
        (n, sep, pre) => {
          const c = checkDigit(n);
          const digits = `${n}${c === 11 ? 0 : c}`;
          const formatted = `${digits.slice(0, 3)}${sep}${digits.slice(3, 6)}${sep}${digits.slice(6)}`;
          const prefix = `${pre.replace(/[\w+£$€.,/-]/g, "")} NHS no `;
          const hits = findPii(`${prefix}${formatted} thanks`).filter((m) => m.category === "pii.nhs_number");
          expect(hits.map((h) => [h.start, h.end])).toEqual([
            [prefix.length, prefix.length + formatted.length],
          ]);
        },
      ),
    );
  });

  it("never reports a 10-digit number whose check digit is wrong", () => {
    fc.assert(
      fc.property(nine, fc.integer({ min: 0, max: 9 }), (n, last) => {
        const c = checkDigit(n);
        fc.pre(c === 10 || (c === 11 ? 0 : c) !== last);
        expect(isValidNhsNumber(`${n}${last}`)).toBe(false);
        expect(findPii(`ref ${n}${last}`).filter((m) => m.category === "pii.nhs_number")).toEqual([]);
      }),
    );
  });
});

const PREFIX_FIRST = "ABCEGHJKLMNOPRSTWXYZ";
const PREFIX_SECOND = "ABCEGHJKLMNPRSTWXYZ";
const BANNED = new Set(["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]);

describe("NINO detector (properties)", () => {
  it("finds every allocatable NINO, spaced or not, upper or lower case", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PREFIX_FIRST),
        fc.constantFrom(...PREFIX_SECOND),
        fc.stringMatching(/^[0-9]{6}$/),
        fc.constantFrom("A", "B", "C", "D"),
        fc.boolean(),
        fc.boolean(),
        (a, b, digits, suffix, spaced, lower) => {
          fc.pre(!BANNED.has(a + b));
          let nino = spaced
            ? `${a}${b} ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)} ${suffix}`
            : `${a}${b}${digits}${suffix}`;
          if (lower) nino = nino.toLowerCase();
          const hits = findPii(`my NI number is ${nino}.`).filter((m) => m.category === "pii.nino");
          expect(hits.map((h) => h.value)).toEqual([nino]);
        },
      ),
    );
  });

  it("never reports an unallocated prefix or a suffix outside A-D", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("D", "F", "I", "Q", "U", "V"),
        fc.constantFrom(...PREFIX_SECOND),
        fc.stringMatching(/^[0-9]{6}$/),
        (a, b, digits) => {
          expect(findPii(`NI ${a}${b}${digits}A`).filter((m) => m.category === "pii.nino")).toEqual([]);
          expect(findPii(`NI AB${digits}E`).filter((m) => m.category === "pii.nino")).toEqual([]);
        },
      ),
    );
  });
});

describe("postcode detector (properties)", () => {
  it("reports only strings the postcode package accepts, and finds well-formed ones", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("SW1A", "M1", "B33", "CR2", "DN55", "EC1A", "W1A", "L8", "TS7", "CO4"),
        fc.integer({ min: 0, max: 9 }),
        fc.constantFrom("AA", "BT", "QP", "JL", "NW", "DX"),
        fc.constantFrom(" ", ""),
        (outward, digit, unit, space) => {
          const pc = `${outward}${space}${digit}${unit}`;
          const hits = findPii(`lives near ${pc} now`).filter((m) => m.category === "pii.postcode");
          expect(hits.length).toBe(isValidPostcode(`${outward} ${digit}${unit}`) ? 1 : 0);
        },
      ),
    );
  });
});

describe("NINO prefix table", () => {
  it("agrees with stdnum on every candidate the NINO pattern can match", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z]{2}$/),
        fc.stringMatching(/^[0-9]{6}$/),
        fc.constantFrom("A", "B", "C", "D"),
        (prefix, digits, suffix) => {
          expect(isAllocatableNinoPrefix(prefix)).toBe(validateNino(`${prefix}${digits}${suffix}`).isValid);
        },
      ),
      { numRuns: 5000 },
    );
  });
});
