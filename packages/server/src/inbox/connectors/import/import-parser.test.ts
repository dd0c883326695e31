import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isStorable, parseImport } from "./import-parser.js";

const HEADER = [
  "id",
  "text",
  "platform",
  "account",
  "channel",
  "author_handle",
  "author_name",
  "received_at",
];

describe("import of JSONL and CSV exports", () => {
  it("reads a CSV with a BOM, quoted commas, quotes and line breaks, keeping the text exactly", () => {
    const csv =
      "\ufeffid,text,platform,account,channel,author_handle,author_name,received_at\r\n" +
      'r1,"Ward 7, bed 3: ""dreadful""\nwould not go back",nhs_website,Fenmoor,review,,A. Reviewer,2026-11-20T10:15:00Z\r\n' +
      "r2,Lovely staff 😊,youtube,@Fenmoor,comment,@viewer,,2026-11-20T11:00:00\r\n";
    const result = parseImport({ format: "csv", content: new TextEncoder().encode(csv) });
    expect(result).toEqual({
      ok: true,
      items: [
        expect.objectContaining({
          platform: "nhs_website",
          externalId: "r1",
          channel: "review",
          text: 'Ward 7, bed 3: "dreadful"\nwould not go back',
          author: { name: "A. Reviewer" },
          createdAt: "2026-11-20T10:15:00.000Z",
        }),
        expect.objectContaining({
          externalId: "r2",
          text: "Lovely staff 😊",
          author: { handle: "@viewer" },
          createdAt: "2026-11-20T11:00:00.000Z",
        }),
      ],
    });
  });

  it("reads JSON Lines in the triage input's shape, with defaults for what a line leaves out", () => {
    const jsonl = [
      JSON.stringify({
        id: "m1",
        text: "Where do I park?",
        channel: "dm",
        author: { handle: "@someone", name: "Some One" },
        receivedAt: "2026-11-20T10:15:00Z",
      }),
      "",
      JSON.stringify({
        id: 2,
        text: "Thank you",
        platform: "tiktok",
        receivedAt: "2026-11-20T10:16:00+01:00",
      }),
    ].join("\n");
    const result = parseImport({
      format: "jsonl",
      content: jsonl,
      defaults: { platform: "whatsapp", account: "Fenmoor" },
    });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(
      result.items.map((i) => [i.platform, i.externalId, i.channel, i.createdAt, i.author.handle]),
    ).toEqual([
      ["whatsapp", "m1", "dm", "2026-11-20T10:15:00.000Z", "@someone"],
      ["tiktok", "2", "comment", "2026-11-20T09:16:00.000Z", undefined],
    ]);
  });

  it("reports every bad row by line and reason, and imports nothing", () => {
    const rows = [
      HEADER.join(","),
      "ok1,fine,youtube,Fenmoor,comment,,,2026-11-20T10:00:00Z",
      "bad1,,youtube,Fenmoor,comment,,,2026-11-20T10:00:00Z",
      "bad2,text,YouTube!,Fenmoor,comment,,,2026-11-20T10:00:00Z",
      "bad3,text,youtube,Fenmoor,shout,,,2026-11-20T10:00:00Z",
      "bad4,text,youtube,Fenmoor,comment,,,yesterday",
      "bad5,too,few,fields",
      "ok1,again,youtube,Fenmoor,comment,,,2026-11-20T10:00:00Z",
    ].join("\n");
    const result = parseImport({ format: "csv", content: rows });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([{ line: 7, reason: "has 4 fields where the header has 8" }]);
    const fixed = rows.replace("bad5,too,few,fields\n", "");
    const again = parseImport({ format: "csv", content: fixed });
    expect(again).toEqual({
      ok: false,
      errors: [
        { line: 3, reason: "text is missing" },
        { line: 4, reason: expect.stringContaining("platform") },
        { line: 5, reason: expect.stringContaining("channel must be one of") },
        { line: 6, reason: expect.stringContaining("receivedAt is not a date") },
        { line: 7, reason: "id ok1 is repeated (first on line 2)" },
      ],
    });
  });

  it("names the line of a broken quote, of a line that is not JSON, and refuses what is not UTF-8", () => {
    const broken = parseImport({
      format: "csv",
      content: `${HEADER.join(",")}\na,"unclosed,youtube,F,comment,,,2026-11-20T10:00:00Z\n`,
    });
    expect(broken).toMatchObject({
      ok: false,
      errors: [{ line: expect.any(Number), reason: expect.stringMatching(/quote/i) }],
    });
    const jsonl = parseImport({ format: "jsonl", content: '{"id":"a","text":"x"}\n{nope\n[1]\n' });
    expect(jsonl).toEqual({
      ok: false,
      errors: [
        { line: 2, reason: "not valid JSON" },
        { line: 3, reason: "not a JSON object" },
      ],
    });
    expect(parseImport({ format: "jsonl", content: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) })).toEqual({
      ok: false,
      errors: [{ line: 0, reason: "the file is not UTF-8 text" }],
    });
    const nul = parseImport({
      format: "jsonl",
      content: JSON.stringify({
        id: "a",
        text: "x\u0000y",
        platform: "x",
        account: "a",
        receivedAt: "2026-11-20T10:00:00Z",
      }),
    });
    expect(nul).toMatchObject({
      ok: false,
      errors: [{ line: 1, reason: expect.stringContaining("cannot be stored") }],
    });
  });

  it("round-trips any text through a CSV written by csv-stringify (property, at least 300 cases)", () => {
    let checked = 0;
    const text = fc
      .string({ unit: "grapheme", minLength: 1, maxLength: 80 })
      .filter((t) => t.trim().length > 0 && isStorable(t));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 8 }), fc.boolean(), (texts, bom) => {
        const csv = stringify(
          [
            HEADER,
            ...texts.map((t, i) => [
              `id${i}`,
              t,
              "youtube",
              "Fenmoor",
              "comment",
              "",
              "",
              "2026-11-20T10:00:00Z",
            ]),
          ],
          {
            bom,
            record_delimiter: "windows",
          },
        );
        const result = parseImport({ format: "csv", content: csv });
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.items.map((i) => i.text)).toEqual(texts);
        checked += 1;
      }),
      { numRuns: 300 },
    );
    expect(checked).toBeGreaterThanOrEqual(300);
  });

  it("reports a bad row wherever it falls and never half-imports (property, at least 200 cases)", () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 29 }), (count, at) => {
        const bad = at % count;
        const lines = Array.from({ length: count }, (_, i) =>
          JSON.stringify({
            id: `m${i}`,
            text: i === bad ? "" : `text ${i}`,
            platform: "whatsapp",
            account: "F",
            receivedAt: "2026-11-20T10:00:00Z",
          }),
        );
        const result = parseImport({ format: "jsonl", content: lines.join("\n") });
        expect(result).toEqual({ ok: false, errors: [{ line: bad + 1, reason: "text is missing" }] });
        checked += 1;
      }),
      { numRuns: 200 },
    );
    expect(checked).toBeGreaterThanOrEqual(200);
  });
});
