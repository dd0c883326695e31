import { z } from "zod";

/** The pack /check and /triage use when the caller names none (docs/interfaces.md §2). */
export const DEFAULT_PACK_ID = "nhs-core";

/** `?pack=` on the public endpoints that run a policy pack (/check, /triage). */
export const packQuerySchema = z.object({
  pack: z
    .string()
    .max(64)
    .default(DEFAULT_PACK_ID)
    .describe("policy pack id (docs/interfaces.md §2); defaults to nhs-core"),
});
