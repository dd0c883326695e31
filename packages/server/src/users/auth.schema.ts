import { ROLES } from "@parapet/core";
import { z } from "zod";
import { safeText } from "../http/safe-text.js";

export const signInBodySchema = z.object({
  email: safeText({ min: 3, max: 254 }),
  password: z.string().min(1).max(1024),
  totp: z.string().max(12).optional(),
  /** The organisation's short name (e.g. fenmoor), needed only when the address has accounts in several. */
  organisation: z.string().max(64).optional(),
});

export const meSchema = z.object({
  user: z.object({
    id: z.string(),
    email: z.string(),
    displayName: z.string(),
    jobTitle: z.string().nullable(),
    roles: z.array(z.enum(ROLES)),
  }),
  organisation: z.object({ id: z.string(), name: z.string(), slug: z.string(), packId: z.string() }),
  csrfToken: z.string(),
});

export type Me = z.infer<typeof meSchema>;

/** GET /api/v1/session: signed in, with what GET /api/v1/me answers, or not signed in (still 200). */
export const sessionSchema = z.discriminatedUnion("signedIn", [
  meSchema.extend({ signedIn: z.literal(true) }),
  z.object({ signedIn: z.literal(false) }),
]);
