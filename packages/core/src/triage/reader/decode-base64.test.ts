import { describe, expect, it } from "vitest";
import { CHECK_READER_MODEL } from "../../check/reader/data/check-reader-model.js";
import { READER_ARTEFACT } from "./data/reader-model.js";
import { decodeBase64, decodeBase64Portable } from "./model.js";

describe("the readers' weights decoded from base64", () => {
  it("gives the very bytes of the portable decoder for both readers' weights (Node's Buffer in Node)", () => {
    for (const weights of [READER_ARTEFACT.weights, CHECK_READER_MODEL.weights]) {
      const fast = decodeBase64(weights);
      const portable = decodeBase64Portable(weights);
      expect(fast.length).toBeGreaterThan(100_000);
      expect(fast.length).toBe(portable.length);
      expect(Buffer.compare(Buffer.from(fast), Buffer.from(portable))).toBe(0);
    }
  });

  it("decodes padded input and still refuses text that is not base64", () => {
    expect([...decodeBase64("AAEC/w==")]).toEqual([0, 1, 2, 255]);
    expect([...decodeBase64("AAECAw")]).toEqual([0, 1, 2, 3]);
    expect(() => decodeBase64("AAE*Aw==")).toThrow("not base64");
    expect(() => decodeBase64("AA EC")).toThrow("not base64");
  });
});
