import { COMMUNICATIONS_ROLES } from "@parapet/core";
import { z } from "zod";

/**
 * The set-up checklist of an approved request (RWT Attachment 2 §3.6; CORP-0068 §4.9): the
 * handle reserved, two-step verification on, the communications team among the admins, and
 * where the log-in details are held, as a place, never the secret itself.
 */
const SECRET_LIKE = /\b(?:password|passcode|pin)\s*[:=]|\bpw\s*[:=]/i;

export const setupSchema = z.strictObject({
  handleReserved: z.boolean().default(false),
  twoFactorOn: z.boolean().default(false),
  adminIds: z.array(z.uuid()).max(20).default([]),
  credentialsLocation: z
    .string()
    .trim()
    .max(300)
    .refine((s) => !SECRET_LIKE.test(s), "Say where the log-in details are held, never the password itself.")
    .default(""),
});
export type Setup = z.infer<typeof setupSchema>;

/** The checklist's items still to do, in words. */
export function setupMissing(
  setup: Setup,
  admins: readonly { id: string; roles: readonly string[] }[],
): string[] {
  const missing: string[] = [];
  if (!setup.handleReserved) missing.push("reserve the handle");
  if (!setup.twoFactorOn) missing.push("turn on two-step verification");
  const comms = admins.some((a) =>
    a.roles.some((r) => (COMMUNICATIONS_ROLES as readonly string[]).includes(r)),
  );
  if (!comms) missing.push("add a communications team member as an admin");
  if (setup.credentialsLocation === "") missing.push("record where the log-in details are held");
  return missing;
}
