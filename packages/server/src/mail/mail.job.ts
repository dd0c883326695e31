import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Deps } from "../create-deps.js";
import { defineJobKind, PermanentJobError } from "../jobs/job-kind.js";
import { alertMailFacts } from "../notifications/notifications.repository.js";
import { hashInvitationToken } from "../people/invitation-token.js";
import { rotateOpenInvitation } from "../people/people.repository.js";
import { alertMail, invitationMail, notificationMail } from "./mail-templates.js";
import { messageIdFor, type OutgoingMail, sendMail } from "./mail-transport.js";

/** A page of the web app, as a path on PARAPET_PUBLIC_URL: never another site. */
const appPath = z
  .string()
  .max(300)
  .regex(/^\/[A-Za-z0-9/_-]*(\?[A-Za-z0-9=&_-]*)?$/);

/**
 * What to send, by reference: the payload names the notification or the person, and the
 * message is written when it is sent. Payloads are stored in clear and shown to
 * administrators, so they carry no addresses, no public's words and no links that sign in.
 */
const mailPayload = z.discriminatedUnion("template", [
  z.object({ template: z.literal("alert"), notificationId: z.uuid() }),
  z.object({ template: z.literal("invitation"), userId: z.uuid() }),
  // A step of a workflow (the account register): the notification's words and a link to its page.
  z.object({ template: z.literal("notification"), notificationId: z.uuid(), path: appPath }),
]);

/**
 * Sends one e-mail through PARAPET_SMTP_URL. Retried quickly at first — a crisis alert late
 * by an hour is little better than none — then backing off to ten minutes between tries.
 */
export const sendMailJob = defineJobKind({
  kind: "mail.send",
  label: "Send an e-mail",
  payload: mailPayload,
  describe: (payload) =>
    payload.template === "alert"
      ? "E-mail a crisis or threat alert"
      : payload.template === "notification"
        ? "E-mail a notification"
        : "E-mail an invitation to set a password",
  retry: { maxAttempts: 10, baseDelayMs: 2_000, maxDelayMs: 10 * 60 * 1000 },
  timeoutMs: 60_000,
  async run({ deps, payload, idempotencyKey, signal }) {
    const settings = deps.mail;
    if (!settings)
      throw new PermanentJobError(
        "E-mail is not configured on this installation (PARAPET_SMTP_URL is not set).",
      );
    const mail = await compose(deps, payload);
    if (!mail) return;
    await sendMail(settings, mail, { messageId: messageIdFor(idempotencyKey, settings.from), signal });
  },
});

async function compose(deps: Deps, payload: z.output<typeof mailPayload>): Promise<OutgoingMail | undefined> {
  const settings = deps.mail;
  if (!settings) return undefined;
  if (payload.template === "alert") {
    const facts = await alertMailFacts(deps.db, payload.notificationId);
    if (!facts) throw new PermanentJobError("The notification no longer exists.");
    // Someone deactivated or anonymised since the alert is told nothing more.
    if (facts.status !== "active" || facts.anonymised_at) return undefined;
    return alertMail({
      to: facts.email,
      title: facts.title,
      body: facts.body,
      message: facts.message,
      organisationName: facts.organisation_name,
      inboxUrl: `${settings.publicUrl}/inbox`,
    });
  }
  if (payload.template === "notification") {
    const facts = await alertMailFacts(deps.db, payload.notificationId);
    if (!facts) throw new PermanentJobError("The notification no longer exists.");
    if (facts.status !== "active" || facts.anonymised_at) return undefined;
    return notificationMail({
      to: facts.email,
      title: facts.title,
      body: facts.body,
      organisationName: facts.organisation_name,
      link: `${settings.publicUrl}${payload.path}`,
    });
  }
  // The link's token is made now, not when the person was invited: it is never stored in
  // clear (the jobs table keeps payloads), and a second attempt's link replaces the first's.
  const token = randomBytes(32).toString("base64url");
  const invitation = await deps.db
    .transaction()
    .execute((trx) =>
      rotateOpenInvitation(trx, payload.userId, hashInvitationToken(token), deps.clock.now()),
    );
  if (!invitation)
    throw new PermanentJobError("The invitation has been used or has expired, so there is no link to send.");
  return invitationMail({
    to: invitation.email,
    displayName: invitation.display_name,
    organisationName: invitation.organisation_name,
    link: `${settings.publicUrl}/set-password#${token}`,
    expiresAt: invitation.expires_at,
  });
}
