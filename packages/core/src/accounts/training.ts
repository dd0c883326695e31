import type { AccountsPack } from "./accounts-pack.schema.js";

/**
 * Training that makes an approved user (CORP-0068 §3.2 and §7.2, RWT Attachment 2 §3.4, CMFT
 * Freedom of Information Requests): the pack lists the modules and which are required; a
 * person's completions decide, module by module, whether they are in date. Pure, so the server,
 * the web page and the tests judge the same way.
 */

export type TrainingSettings = AccountsPack["training"];

/** One recorded completion: a calendar day, YYYY-MM-DD. */
export interface TrainingCompletion {
  moduleId: string;
  completedOn: string;
}

export const MODULE_STATES = ["in_date", "expiring", "expired", "missing"] as const;
export type ModuleState = (typeof MODULE_STATES)[number];

export const MODULE_STATE_LABELS: Readonly<Record<ModuleState, string>> = {
  in_date: "In date",
  expiring: "Expires soon",
  expired: "Expired",
  missing: "Not done",
};

/** How long before expiry a module counts as expiring (and its holder is reminded). */
export const EXPIRY_WARNING_DAYS = 30;

export interface ModuleStatus {
  moduleId: string;
  label: string;
  clause: string;
  required: boolean;
  state: ModuleState;
  stateLabel: string;
  completedOn: string | null;
  /** Null when the module never lapses or was never done. */
  expiresOn: string | null;
}

export interface TrainingStatus {
  modules: ModuleStatus[];
  /** Every required module done and in date (expiring still counts). */
  approvedUser: boolean;
  /** Why not, in words: empty for an approved user. */
  reasons: string[];
}

/** A YYYY-MM-DD day some calendar months later; the 31st becomes the month's last day. */
export function addMonthsToDay(day: string, months: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const date = new Date(Date.UTC(year, month, Math.min(d, lastDay)));
  return date.toISOString().slice(0, 10);
}

function addDaysToDay(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** One person's standing against the pack's modules on `today` (YYYY-MM-DD). */
export function trainingStatus(
  settings: TrainingSettings,
  completions: readonly TrainingCompletion[],
  today: string,
): TrainingStatus {
  const latest = new Map<string, string>();
  for (const c of completions) {
    const seen = latest.get(c.moduleId);
    if (seen === undefined || c.completedOn > seen) latest.set(c.moduleId, c.completedOn);
  }
  const required = new Set(settings.required);
  const warnFrom = addDaysToDay(today, EXPIRY_WARNING_DAYS);
  const modules = settings.modules.map((module): ModuleStatus => {
    const completedOn = latest.get(module.id) ?? null;
    const expiresOn =
      completedOn !== null && module.validMonths !== undefined
        ? addMonthsToDay(completedOn, module.validMonths)
        : null;
    const state: ModuleState =
      completedOn === null || completedOn > today
        ? "missing"
        : expiresOn !== null && expiresOn <= today
          ? "expired"
          : expiresOn !== null && expiresOn <= warnFrom
            ? "expiring"
            : "in_date";
    return {
      moduleId: module.id,
      label: module.label,
      clause: module.clause,
      required: required.has(module.id),
      state,
      stateLabel: MODULE_STATE_LABELS[state],
      completedOn,
      expiresOn,
    };
  });
  const reasons = modules
    .filter((m) => m.required && (m.state === "missing" || m.state === "expired"))
    .map((m) =>
      m.state === "missing"
        ? `${m.label}: not done (${m.clause})`
        : `${m.label}: expired on ${m.expiresOn} (${m.clause})`,
    );
  return { modules, approvedUser: reasons.length === 0, reasons };
}

/**
 * The sentence the app gives when it refuses someone who is not an approved user: `who` is their
 * name, or null for the person asking; `action` what they cannot do.
 */
export function notApprovedMessage(who: string | null, action: string, status: TrainingStatus): string {
  const subject =
    who === null
      ? "You are not an approved user yet, so you cannot"
      : `${who} is not an approved user yet, so cannot`;
  return `${subject} ${action}: ${status.reasons.join("; ")}.`;
}
