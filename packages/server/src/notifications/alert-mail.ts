import type { Deps } from "../create-deps.js";
import { sendMailJob } from "../mail/mail.job.js";
import { ALERT_KINDS, type AlertKind, emailTurnedOff } from "./preferences.repository.js";

/**
 * Enqueues the e-mail copy of each crisis or threat notification just made, in the caller's
 * transaction: the e-mail exists if and only if the in-app notification does. Nothing when
 * e-mail is not configured, and nothing for a person who turned it off (which they may only
 * while someone else on duty still gets it: preferences.service.ts).
 */
export async function enqueueAlertMail(
  deps: Deps,
  trx: Deps["db"],
  a: { organisationId: string; category: string; notifications: readonly { id: string; user_id: string }[] },
): Promise<number> {
  if (!deps.mail || a.notifications.length === 0) return 0;
  const kind = (ALERT_KINDS as readonly string[]).includes(a.category)
    ? (a.category as AlertKind)
    : undefined;
  const off = kind
    ? await emailTurnedOff(
        trx,
        kind,
        a.notifications.map((n) => n.user_id),
      )
    : new Set<string>();
  // Safety first: should nobody told have e-mail on (people left since they chose), everyone is e-mailed.
  const everyoneOff = a.notifications.every((n) => off.has(n.user_id));
  let enqueued = 0;
  for (const n of a.notifications) {
    if (off.has(n.user_id) && !everyoneOff) continue;
    // One notification is one person: the key is per (notification, recipient).
    await deps.jobs.enqueue(
      trx,
      sendMailJob,
      { template: "alert", notificationId: n.id },
      { key: `alert:${n.id}:${n.user_id}`, organisationId: a.organisationId },
    );
    enqueued += 1;
  }
  return enqueued;
}
