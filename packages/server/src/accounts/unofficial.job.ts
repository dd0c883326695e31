import { z } from "zod";
import { defineJobKind } from "../jobs/job-kind.js";
import { RecurringSchedule } from "../jobs/schedules.js";
import { scanEveryInbox, scanInbox } from "./unofficial.service.js";

/**
 * Looks through the inbox messages received since the last look for handles that use the
 * organisation's name or brand and are not in the register (CPG58 §8.2; RWT Attachment 2 §3.5).
 * A periodic, batched job after ingest, never a step of it, so storing messages stays as fast
 * as it was; a cursor per organisation makes a repeated or retried run count nothing twice.
 * With an organisation in the payload (the page's "Look through the inbox now"), only that one.
 */
export const findUnofficialAccountsJob = defineJobKind({
  kind: "accounts.find_unofficial",
  label: "Look through the inbox for possible unofficial accounts",
  payload: z.object({ organisationId: z.uuid().optional() }).strict(),
  describe: () => "Find handles using the organisation's name in new inbox messages",
  retry: { maxAttempts: 3, baseDelayMs: 60_000 },
  async run({ deps, payload }) {
    const result = payload.organisationId
      ? await scanInbox(deps, payload.organisationId)
      : await scanEveryInbox(deps);
    deps.log.info(result, "possible unofficial accounts");
  },
});

export function unofficialAccountsSchedule(everyMs = 15 * 60 * 1000): RecurringSchedule {
  return new RecurringSchedule(findUnofficialAccountsJob, everyMs, {});
}
