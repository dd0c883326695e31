import { createHash } from "node:crypto";

/** Only this hash of a set-password link's token is stored; the token itself is the link. */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(`invitation:${token}`).digest("hex");
}
