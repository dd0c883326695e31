import type { Role } from "./roles.js";

/**
 * Who may do what: the server's guard checks each request against this table, and the
 * web UI shows each person only the areas and buttons it allows. Every route names one
 * of these keys in its `config.permission`;
 * the guard looks the key up here. `public` needs no session; `signed_in` needs
 * any active session; any other key lists the roles that may take the action.
 * API tokens carry a list of these keys as their scopes (see TOKEN_SCOPES).
 */
export const PERMISSIONS = {
  public: null,
  signed_in: "any",
  /** See everyone in the organisation and their roles. */
  "people.read": ["admin", "information_governance", "hr"],
  /** Invite, change roles, deactivate and reactivate people. */
  "people.manage": ["admin"],
  /** UK GDPR Article 15: everything held about a member of staff, as JSON. */
  "people.export": ["admin", "information_governance"],
  /** UK GDPR Article 17: anonymise a departed member of staff. */
  "people.anonymise": ["admin", "information_governance"],
  /** Read and export the audit trail. */
  "audit.read": ["admin", "information_governance"],
  /** Create, list and revoke API tokens for integrations. */
  "api_tokens.manage": ["admin"],
  /** See background jobs that are failing or have given up, and send them to run again. */
  "jobs.manage": ["admin"],
  /** See the inbox: every message to the organisation's accounts, triaged. */
  "inbox.read": ["communications_officer", "head_of_communications"],
  /** Work the inbox: acknowledge, assign, tag, note, reply; moderation also needs the pack's roles. */
  "inbox.work": ["communications_officer", "head_of_communications"],
  /** See which platform accounts are connected to the inbox, and whether reading them works. */
  "inbox.accounts.read": ["communications_officer", "head_of_communications", "admin"],
  /** Connect the organisation's platform accounts and their secrets. */
  "inbox.accounts": ["admin"],
  /** See and set the organisation's policy pack (the rules its check page and inbox apply). */
  "organisation.manage": ["admin"],
  /** Request an official or departmental account, and take one's own steps on it (line manager, approver: the workflow and the pack say which). */
  "accounts.request": [
    "staff",
    "line_manager",
    "communications_officer",
    "head_of_communications",
    "information_governance",
    "hr",
    "admin",
  ],
  /** Report an account that may claim to be the organisation's (CPG58 §8.2; RWT Attachment 2 §3.5): anyone on the staff. */
  "accounts.unofficial.report": [
    "staff",
    "line_manager",
    "communications_officer",
    "head_of_communications",
    "information_governance",
    "hr",
    "admin",
  ],
  /** Read the account register: every account, its admins and approved users, flags; CSV export. */
  "accounts.register.read": [
    "communications_officer",
    "head_of_communications",
    "information_governance",
    "admin",
  ],
  /** Upload leavers (a CSV from HR): every account they hold gets a handover task. */
  "accounts.leavers": ["hr", "communications_officer", "head_of_communications"],
  /** Keep the register: set-up checklists, admins, reviews, status, CSV import. */
  "accounts.manage": ["communications_officer", "head_of_communications"],
  /** See everyone's training records and who is an approved user (CORP-0068 §3.2). */
  "training.read": [
    "communications_officer",
    "head_of_communications",
    "information_governance",
    "hr",
    "admin",
  ],
  /** Record training completions, by hand or from a workforce system's CSV export. */
  "training.manage": ["communications_officer", "head_of_communications", "hr"],
  /** The state of the installation: database, migrations, jobs (what `parapet migrate --url` asks). */
  "system.read": ["admin"],
  /** Create the demo organisation on a server started as a demonstration (`parapet seed-demo --url`). */
  "system.demo": ["admin"],
} as const satisfies Record<string, readonly Role[] | "any" | null>;

export type Permission = keyof typeof PERMISSIONS;

/** Whether any of these roles may take the action (the per-request check the guard makes). */
export function rolesAllow(permission: Permission, roles: readonly string[]): boolean {
  const allowed: readonly string[] | "any" | null = PERMISSIONS[permission];
  if (allowed === null || allowed === "any") return true;
  for (const role of roles) if (allowed.includes(role)) return true;
  return false;
}
