import { ROLES } from "@parapet/core";
import { z } from "zod";
import { emailSchema, safeText } from "../http/safe-text.js";
import { PASSWORD_MAX_LENGTH } from "../users/password-policy.js";

export const rolesSchema = z.array(z.enum(ROLES)).max(ROLES.length);

export const inviteBodySchema = z.object({
  email: emailSchema,
  displayName: safeText({ max: 200 }),
  jobTitle: safeText({ min: 0, max: 200 }).optional(),
  roles: rolesSchema.min(1),
});

export const rolesBodySchema = z.object({ roles: rolesSchema });

export const personSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  jobTitle: z.string().nullable(),
  status: z.enum(["active", "deactivated"]),
  roles: z.array(z.enum(ROLES)),
  hasPassword: z.boolean(),
  secondFactor: z.boolean(),
  anonymised: z.boolean(),
  createdAt: z.string(),
});

export const inviteReplySchema = z.object({
  userId: z.string(),
  /**
   * The one-time link to give the person; shown once, never stored. Null when e-mail is
   * configured: the link then goes to the person by e-mail and to nobody else.
   */
  setPasswordPath: z.string().nullable(),
  /** Whether the link was sent to the person by e-mail. */
  emailed: z.boolean(),
  expiresAt: z.string(),
});

export const setPasswordBodySchema = z.object({
  token: z.string().min(10).max(200),
  password: z
    .string()
    .min(1)
    .max(PASSWORD_MAX_LENGTH * 4),
});
