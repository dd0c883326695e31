import { z } from "zod";

/** `?pack=` on the public endpoints that run a policy pack (/check, /triage). */
export const packQuerySchema = z.object({
  pack: z
    .string()
    .max(64)
    .default("nhs-core")
    .describe("policy pack id (CONTRACT.md §2); defaults to nhs-core"),
});
