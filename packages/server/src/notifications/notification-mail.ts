import type { Deps } from "../create-deps.js";
import { sendMailJob } from "../mail/mail.job.js";

/**
 * Enqueues the e-mail copy of each workflow notification just made (an account request's
 * step, a handover task), in the caller's transaction, so that a line manager who never
 * opens Parapet is still asked to endorse (issue 15: "every step notifies the next person").
 * The e-mail exists if and only if the in-app notification does; nothing when e-mail is not
 * configured. A person with no stored choice gets e-mail (preferences.repository.ts), and
 * there is no choice to store for these yet: the settings page offers crisis and threat only.
 */
export async function enqueueNotificationMail(
  deps: Pick<Deps, "mail" | "jobs">,
  trx: Deps["db"],
  n: {
    organisationId: string;
    notifications: readonly { id: string; user_id: string }[];
    /** The page it is about, e.g. `/accounts/request?id=…`. */
    path: string;
  },
): Promise<number> {
  if (!deps.mail) return 0;
  for (const made of n.notifications)
    await deps.jobs.enqueue(
      trx,
      sendMailJob,
      { template: "notification", notificationId: made.id, path: n.path },
      { key: `notification:${made.id}:${made.user_id}`, organisationId: n.organisationId },
    );
  return n.notifications.length;
}
