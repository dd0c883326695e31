import { describe, expect, it } from "vitest";
import { calendarMonthAfter, foiDueBy, sameOrNextWorkingDay } from "./deadlines.js";
import { DEFAULT_CALENDAR as CAL, isWorkingDay, localOf } from "./working-calendar.js";

const at = (iso: string) => new Date(iso);
const iso = (d: Date) => d.toISOString();

describe("same or next working day (official accounts)", () => {
  it.each([
    ["in hours on a Monday: same day", "2026-11-23T10:15:00Z", "2026-11-23T17:00:00.000Z"],
    ["after close on a Monday: close of Tuesday", "2026-11-23T17:30:00Z", "2026-11-24T17:00:00.000Z"],
    ["before opening on a working day: close that day", "2026-11-23T06:00:00Z", "2026-11-23T17:00:00.000Z"],
    ["Friday evening: close of Monday", "2026-11-27T19:00:00Z", "2026-11-30T17:00:00.000Z"],
    ["Saturday: close of Monday", "2026-11-28T12:00:00Z", "2026-11-30T17:00:00.000Z"],
    // Christmas 2026: 25 Dec (Fri), weekend, Boxing Day substitute Mon 28 Dec.
    ["Christmas Eve evening: close of 29 December", "2026-12-24T18:00:00Z", "2026-12-29T17:00:00.000Z"],
    ["Christmas Day: close of 29 December", "2026-12-25T10:00:00Z", "2026-12-29T17:00:00.000Z"],
    // Easter 2027: Good Friday 26 Mar, Easter Monday 29 Mar; clocks go forward 28 Mar.
    [
      "Maundy Thursday evening: Tuesday after Easter, in BST",
      "2027-03-25T18:00:00Z",
      "2027-03-30T16:00:00.000Z",
    ],
    // Clocks go back 25 Oct 2026: Friday close is 16:00Z (BST), Monday close 17:00Z (GMT).
    ["in hours in BST", "2026-10-23T10:00:00Z", "2026-10-23T16:00:00.000Z"],
    ["over the autumn clock change", "2026-10-23T16:30:00Z", "2026-10-26T17:00:00.000Z"],
    // 16:30Z on 23 Oct is 17:30 BST, after close, so the next working day.
  ])("%s", (_name, received, due) => {
    expect(iso(sameOrNextWorkingDay(at(received), CAL))).toBe(due);
  });

  it("in the hour before midnight UTC in summer the London date is already tomorrow", () => {
    expect(localOf(at("2026-06-30T23:30:00Z"), CAL.timeZone).minute).toBe(30);
  });
});

describe("FOI: 20 working days from the day after receipt (FOIA s.10)", () => {
  it("skips St Andrew's Day because Scotland is part of the UK", () => {
    // 24 Nov … 22 Dec 2026 is 20 working days once 30 Nov (Scotland) is excluded.
    expect(iso(foiDueBy(at("2026-11-23T11:00:00Z"), CAL))).toBe("2026-12-22T17:00:00.000Z");
  });

  it("counts from the next working day when received at a weekend", () => {
    // Sat 7 Mar 2026 → day 1 is Mon 9 Mar; St Patrick's Day (17 Mar, NI), Good Friday (3 Apr) and
    // Easter Monday (6 Apr) are skipped; day 20 is Wed 8 Apr, in BST.
    expect(iso(foiDueBy(at("2026-03-07T09:00:00Z"), CAL))).toBe("2026-04-08T16:00:00.000Z");
  });

  it("runs over Christmas, New Year and the Scottish 2 January holiday", () => {
    // From 11 Dec 2026: 11,14-18,21-24 (10), 29-31 (13), 4 Jan is the 2 Jan substitute in Scotland, 5-8 (17), 11-13 (20).
    expect(iso(foiDueBy(at("2026-12-10T15:00:00Z"), CAL))).toBe("2027-01-13T17:00:00.000Z");
  });

  it("treats Good Friday and Easter Monday as non-working", () => {
    expect(isWorkingDay(Date.UTC(2027, 2, 26) / 86_400_000, CAL)).toBe(false);
    expect(isWorkingDay(Date.UTC(2027, 2, 29) / 86_400_000, CAL)).toBe(false);
    expect(isWorkingDay(Date.UTC(2027, 2, 30) / 86_400_000, CAL)).toBe(true);
  });
});

describe("subject access: one calendar month", () => {
  it.each([
    ["31 January → 28 February", "2026-01-31T10:00:00Z", "2026-02-28T17:00:00.000Z"],
    ["31 January in a leap year → 29 February", "2028-01-31T10:00:00Z", "2028-02-29T17:00:00.000Z"],
    ["29 February → 29 March", "2028-02-29T10:00:00Z", "2028-03-29T16:00:00.000Z"],
    ["31 March → 30 April", "2026-03-31T10:00:00Z", "2026-04-30T16:00:00.000Z"],
    ["24 November → 24 December", "2026-11-24T10:00:00Z", "2026-12-24T17:00:00.000Z"],
    ["31 December → 31 January", "2026-12-31T10:00:00Z", "2027-01-31T17:00:00.000Z"],
    ["London date, not UTC date, decides", "2026-06-30T23:30:00Z", "2026-08-01T16:00:00.000Z"],
  ])("%s", (_name, received, due) => {
    expect(iso(calendarMonthAfter(at(received), CAL))).toBe(due);
  });
});
