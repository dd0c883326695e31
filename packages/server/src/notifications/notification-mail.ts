import type { Deps } from "../create-deps.js";
import { sendMailJob } from "../mail/mail.job.js";
import { emailTurnedOff, type RegisterMailKind } from "./preferences.repository.js";

/**
 * Enqueues the e-mail copy of each workflow notification just made (an account request's
 * step, a review, a handover task, training about to expire), in the caller's transaction, so
 * that a line manager who never opens Parapet is still asked to endorse (issue 15: "every step
 * notifies the next person"). The e-mail exists only if the in-app notification does, and only
 * for the people who have not turned e-mail for this kind off (their settings,
 * preferences.repository.ts: no stored choice means e-mail on); nothing when e-mail is not
 * configured. One statement for all of them (jobs.enqueueMany).
 */
export async function enqueueNotificationMail(
  deps: Pick<Deps, "mail" | "jobs">,
  trx: Deps["db"],
  n: {
    organisationId: string;
    /** The choice that governs it (Notifications page, "E-mail me about"). */
    kind: RegisterMailKind;
    notifications: readonly { id: string; user_id: string }[];
    /** The page it is about, e.g. `/accounts/request?id=…`. */
    path: string;
  },
): Promise<number> {
  if (!deps.mail || n.notifications.length === 0) return 0;
  const off = await emailTurnedOff(
    trx,
    n.kind,
    n.notifications.map((made) => made.user_id),
  );
  const wanted = n.notifications.filter((made) => !off.has(made.user_id));
  return deps.jobs.enqueueMany(
    trx,
    sendMailJob,
    wanted.map((made) => ({
      payload: { template: "notification" as const, notificationId: made.id, path: n.path },
      options: { key: `notification:${made.id}:${made.user_id}`, organisationId: n.organisationId },
    })),
  );
}
