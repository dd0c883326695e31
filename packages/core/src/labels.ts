import type { AccountType, CanonicalCategory, Platform, Severity } from "./check/categories.js";
import type { Permission } from "./permissions.js";
import { isRole, ROLE_LABELS } from "./roles.js";
import type { Route, TriageCategory, TriageFlag, Urgency } from "./triage/triage.schema.js";

/**
 * What people read in place of Parapet's codes. The API, the CSV export and the web
 * UI all take their words from here, so a code is named the same way everywhere and
 * never shown to a person (the codes stay in JSON for machines).
 */

export { ROLE_LABELS };

export const FINDING_CATEGORY_LABELS: Readonly<Record<CanonicalCategory, string>> = {
  "pii.nhs_number": "NHS number",
  "pii.nino": "National Insurance number",
  "pii.postcode": "Postcode",
  "pii.date_of_birth": "Date of birth",
  "pii.phone": "Phone number",
  "pii.email": "Email address",
  "pii.address": "Home address",
  "pii.person_name": "A person's name",
  "clinical.patient_information": "Information about a patient",
  "language.profanity": "Swearing",
  "language.discriminatory": "Discriminatory language",
  "language.abusive": "Abusive language",
  "topic.political": "Political opinion",
  "topic.legal_matter": "Legal matter",
  "topic.emergency_incident": "Emergency or major incident",
  "topic.trust_performance": "The trust's performance",
  "topic.medical_advice": "Medical advice",
  "topic.commercial": "Selling or endorsing",
  "topic.confidential_business": "Confidential trust business",
  "topic.security": "Security",
  "topic.raising_concerns": "Raising a concern",
  "topic.away_from_home": "Away from home",
  "account.disclaimer_missing": "No 'views my own' disclaimer",
  "account.brand_in_handle": "NHS or trust name in the account name",
  "account.nhs_email": "Work email used for the account",
  "account.logo_use": "NHS or trust logo",
  "media.consent_missing": "Photo or video without consent",
  "media.tagging": "Tagging people",
  "platform.length": "Too long for the platform",
  "platform.link_missing": "No link to further information",
};

/** A pack's own category (`x.<pack>.<name>`) reads as its name, in words. */
export function findingCategoryLabel(category: string): string {
  const known = (FINDING_CATEGORY_LABELS as Record<string, string>)[category];
  if (known) return known;
  const name = category.startsWith("x.") ? category.split(".").slice(2).join(" ") : category;
  return sentence(name);
}

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  block: "Must fix",
  review: "Check with comms",
  advice: "Advice",
};

export const ACCOUNT_TYPE_LABELS: Readonly<Record<AccountType, string>> = {
  personal: "My personal account",
  devolved: "Team or service account",
  official: "Official trust account",
};

export const PLATFORM_LABELS: Readonly<Record<Platform, string>> = {
  x: "X (Twitter)",
  facebook: "Facebook",
  instagram: "Instagram",
  linkedin: "LinkedIn",
  youtube: "YouTube",
  tiktok: "TikTok",
  bluesky: "Bluesky",
  blog: "Blog",
  whatsapp: "WhatsApp",
  other: "Other",
};

export const TRIAGE_CATEGORY_LABELS: Readonly<Record<TriageCategory, string>> = {
  crisis: "Crisis",
  threat: "Threat of violence or harm",
  subject_access: "Subject access or other data-rights request",
  foi: "Freedom of Information request",
  media: "Media enquiry",
  complaint: "Complaint or concern",
  clinical_question: "Clinical question",
  pals: "Question for PALS",
  abuse: "Abuse",
  compliment: "Compliment",
  spam: "Spam or scam",
  general: "General",
};

export const URGENCY_LABELS: Readonly<Record<Urgency, string>> = {
  critical: "Critical: act now",
  high: "High",
  normal: "Normal",
  low: "Low",
};

export const ROUTE_LABELS: Readonly<Record<Route, string>> = {
  crisis: "Crisis response (immediately)",
  security: "Security team (immediately)",
  information_governance: "Information governance",
  foi: "FOI team",
  press_office: "Press office",
  complaints: "Complaints",
  pals: "PALS",
  communications: "Communications team",
};

export const TRIAGE_FLAG_LABELS: Readonly<Record<TriageFlag, string>> = {
  abuse: "Abusive",
  names_staff: "Names a member of staff",
  contains_pii: "Contains personal information",
  non_english: "Not in English",
  recording: "Mentions a recording",
};

/**
 * Reasons given by the reader (triage/reader/): the whole message decided, not one phrase in it, so
 * the reason says so in words a person can check against the text.
 */
export const READER_REASON_LABELS: Readonly<Record<string, string>> = {
  "reader.crisis": "Read as a whole, the message reads as someone at risk",
  "reader.threat": "Read as a whole, the message reads as a threat of violence or harm",
};

/** What a triage reason supports (a category or a flag), in words; a reader's reason says it read the whole message. */
export function triageReasonLabel(code: string, cue?: string): string {
  if (cue?.startsWith("reader.")) {
    const category = (TRIAGE_CATEGORY_LABELS as Record<string, string>)[code] ?? sentence(code);
    return READER_REASON_LABELS[cue] ?? `Read as a whole, the message reads as: ${category}`;
  }
  return (
    (TRIAGE_CATEGORY_LABELS as Record<string, string>)[code] ??
    (TRIAGE_FLAG_LABELS as Record<string, string>)[code] ??
    sentence(code)
  );
}

/** Every action the server writes to the audit trail (a test holds the server to this list). */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  "auth.signed_in": "Signed in",
  "auth.signed_out": "Signed out",
  "auth.sign_in_failed": "Failed to sign in",
  "auth.account_locked": "Account locked after failed sign-ins",
  "user.created": "Created a person",
  "user.invited": "Invited a person",
  "user.password_set": "Set their password",
  "user.roles_changed": "Changed roles",
  "user.deactivated": "Deactivated a person",
  "user.reactivated": "Reactivated a person",
  "user.data_exported": "Exported a person's data",
  "user.anonymised": "Anonymised a person",
  "user.provisioned_by_sso": "Joined through single sign-on",
  "user.second_factor_setup_started": "Started setting up two-step verification",
  "user.second_factor_enabled": "Turned on two-step verification",
  "user.notification_preferences_changed": "Changed how they are notified",
  "api_token.created": "Created an API token",
  "api_token.revoked": "Revoked an API token",
  "job.retried": "Ran a background job again",
  "inbox.account_connected": "Connected a platform account to the inbox",
  "inbox.moderation_done": "Moderated a message on the platform",
  "inbox.reply_sent": "Sent a reply",
  "inbox.reply_failed": "A reply could not be sent",
  "inbox.triaged": "Triaged a message",
  "inbox.alerted": "Alerted the team to an urgent message",
  "inbox.account_rules_changed": "Changed a platform account's inbox rules",
  "inbox.report": "Reported a message to the platform",
  "inbox.block": "Blocked a message's author",
  "inbox.reply_awaiting_approval": "Drafted a reply for a second person to approve",
  "inbox.reply_approved": "Approved a reply",
  "inbox.reply_rejected": "Did not approve a reply",
  "inbox.auto_hidden": "Hid a message automatically under the account's rules",
  "inbox.escalated": "Escalated an overdue message",
  "inbox.out_of_hours_alert": "Alerted the on-call list out of hours",
  "inbox.legal_clock_started": "Started the legal clock of a request",
  "inbox.handed_off": "Handed a request to the team that answers it",
  "inbox.staff_step_taken": "Recorded a step taken for a member of staff named or targeted",
  "inbox.view_saved": "Saved a view of the inbox",
  "inbox.view_deleted": "Deleted a saved view of the inbox",
  "account_request.created": "Started an account request",
  "account_request.updated": "Changed an account request",
  "account_request.submitted": "Submitted an account request",
  "account_request.endorsed": "Endorsed an account request",
  "account_request.returned": "Returned an account request",
  "account_request.reviewed": "Reviewed an account request for communications",
  "account_request.approved": "Approved an account request",
  "account_request.rejected": "Rejected an account request",
  "account_request.went_live": "Made a requested account live",
  "account_request.withdrawn": "Withdrew an account request",
  "account_request.setup_updated": "Updated an account's set-up checklist",
  "account.registered": "Added an account to the register",
  "account.imported": "Imported an account into the register",
  "account.status_changed": "Changed an account's status",
  "account.person_added": "Added an admin or approved user to an account",
  "account.person_removed": "Removed an admin or approved user from an account",
  "account.reviewed": "Completed an account's review",
  "account.review_signed": "Signed a part of an account's review",
  "account.admin_rights_signed_off": "Signed off an account's admin rights",
  "account.activity_recorded": "Recorded an account's activity",
  "account.inbox_linked": "Linked an account to its inbox account",
  "account.handover_created": "Asked for an account to be handed over from a leaver",
  "account.handover_done": "Handed an account over from a leaver",
  "account.registered_found": "Added a found account to the register",
  "unofficial.found": "Found a possible unofficial account in the inbox",
  "unofficial.reported": "Reported a possible unofficial account",
  "unofficial.confirmed": "Confirmed a possible unofficial account as ours",
  "unofficial.claimed": "Claimed a possible unofficial account",
  "unofficial.reported_to_platform": "Reported an unofficial account to the platform",
  "unofficial.dismissed": "Dismissed a possible unofficial account",
  "unofficial.reopened": "Reopened a possible unofficial account",
  "unofficial.brand_terms_set": "Set the brand terms looked for",
  "training.recorded": "Recorded a training completion",
  "training.imported": "Imported training completions",
  "organisation.created": "Created the organisation",
  "organisation.pack_changed": "Changed the policy pack",
  "audit.legacy_trail_sealed": "Sealed the trail kept before per-organisation chains",
};

export function auditActionLabel(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? sentence(action.replaceAll(".", " "));
}

/** What each permission lets its holder do, for the API tokens page's scopes. */
export const PERMISSION_LABELS: Readonly<Record<Permission, string>> = {
  public: "Anything anyone may do",
  signed_in: "Anything a signed-in person may do",
  "people.read": "See the people of the organisation",
  "people.manage": "Invite people and change their roles",
  "people.export": "Export a person's data",
  "people.anonymise": "Anonymise a departed person",
  "audit.read": "Read and export the audit trail",
  "api_tokens.manage": "Manage API tokens",
  "jobs.manage": "See and rerun background jobs",
  "inbox.read": "Read the inbox",
  "inbox.work": "Work the inbox: assign, tag, note and reply",
  "inbox.accounts.read": "See the platform accounts connected to the inbox",
  "inbox.accounts": "Connect platform accounts to the inbox",
  "organisation.manage": "See and set the organisation's policy pack",
  "accounts.request": "Request an official account and take one's own steps on it",
  "accounts.unofficial.report": "Report a possible unofficial account",
  "accounts.register.read": "Read the account register and export it",
  "accounts.leavers": "Upload leavers for account handover",
  "accounts.manage": "Keep the account register: set-up, admins, reviews, status, import",
  "training.read": "See training records and approved users",
  "training.manage": "Record training completions and import them",
  "system.read": "See the database and its migrations",
  "system.demo": "Create the demo organisation",
};

export function permissionLabel(permission: string): string {
  return (
    (PERMISSION_LABELS as Record<string, string>)[permission] ?? sentence(permission.replaceAll(".", " "))
  );
}

export const AUDIT_ENTITY_LABELS: Readonly<Record<string, string>> = {
  user: "Person",
  api_token: "API token",
  job: "Background job",
  inbox_account: "Platform account",
  inbox_item: "Inbox message",
  inbox_saved_view: "Saved inbox view",
  organisation: "Organisation",
  account_request: "Account request",
  registered_account: "Registered account",
  unofficial_account: "Possible unofficial account",
  audit_chain: "Audit trail",
};

export function auditEntityLabel(entityType: string): string {
  return AUDIT_ENTITY_LABELS[entityType] ?? sentence(entityType);
}

/** Who did it when no person did. */
export const ACTOR_KIND_LABELS: Readonly<Record<string, string>> = {
  user: "A person",
  api_token: "An API token",
  system: "Parapet",
  anonymous: "Someone not signed in",
};

const FIELD_LABELS: Readonly<Record<string, string>> = {
  roles: "Roles",
  status: "Status",
  revoked: "Revoked",
  reason: "Reason",
  scopes: "Allowed actions",
  expiresInDays: "Expires after (days)",
  attempts: "Attempts",
  kind: "Kind",
  anonymised: "Anonymised",
  secondFactor: "Second step",
  source: "Source",
  groups: "Groups",
  packId: "Policy pack",
  demo: "Demonstration",
  state: "State",
  event: "Step",
  role: "Role",
  account: "Account",
  handleReserved: "Handle reserved",
  twoFactorOn: "Two-step verification on",
  communicationsAdmin: "Communications team admin",
  credentialsLocationRecorded: "Where the log-in is held recorded",
  admins: "Admins",
  reasonsLength: "Reasons (characters)",
  nextReviewOn: "Next review",
  user: "Person",
  successor: "Successor",
  module: "Training module",
  lastActivityOn: "Last activity",
  inboxAccount: "Inbox account",
  signoff: "Sign-off",
  completedOn: "Completed on",
  rows: "Rows",
  imported: "Imported",
};

const VALUE_LABELS: Readonly<Record<string, string>> = {
  active: "Active",
  deactivated: "Deactivated",
  pending: "Waiting to run",
  running: "Running",
  succeeded: "Done",
  dead: "Gave up",
  totp: "Authenticator app code",
  sso_groups: "Single sign-on groups",
};

function valueText(value: unknown): string {
  if (value === null || value === undefined) return "none";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    if (isRole(value)) return ROLE_LABELS[value];
    // An API token's scopes are permission keys ("audit.read"): say what each allows.
    if (value.includes(".") && value in PERMISSION_LABELS) return permissionLabel(value);
    return VALUE_LABELS[value] ?? value;
  }
  if (Array.isArray(value)) return value.length === 0 ? "none" : value.map(valueText).join(", ");
  return Object.entries(value as Record<string, unknown>)
    .map(([key, inner]) => `${fieldLabel(key)} ${valueText(inner)}`)
    .join(", ");
}

function fieldLabel(key: string): string {
  return FIELD_LABELS[key] ?? sentence(key.replace(/([a-z])([A-Z])/g, "$1 $2"));
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/**
 * Names for fields whose value is an internal id (`packId: "nhs-core"`) or a list of them
 * (`training: ["social_media_policy"]`): the server knows them (the packs it loaded, the
 * organisation's training modules), this module does not. An id it cannot name reads as unknown, never as
 * the id itself.
 */
export type AuditValueNames = Readonly<Record<string, (id: string) => string | undefined>>;

/**
 * An audit row's change, one line per field: "Roles: Staff member → Staff member,
 * Line manager". A field only before reads "was …", only after reads as its value.
 */
export function auditChangeLines(summary: unknown, names: AuditValueNames = {}): string[] {
  const before = record(record(summary).before);
  const after = record(record(summary).after);
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.map((key) => {
    const label = fieldLabel(key);
    const name = names[key];
    const named = (value: string) => name?.(value) ?? "one no longer on this server";
    // A list of ids (a person's training modules) is named id by id, like a single one.
    const text = (value: unknown): string => {
      if (!name) return valueText(value);
      if (typeof value === "string") return named(value);
      if (Array.isArray(value) && value.every((item) => typeof item === "string"))
        return value.length === 0 ? "none" : value.map(named).join(", ");
      return valueText(value);
    };
    if (!(key in after)) return `${label}: was ${text(before[key])}`;
    if (!(key in before)) return `${label}: ${text(after[key])}`;
    return `${label}: ${text(before[key])} → ${text(after[key])}`;
  });
}

/** "first_second" or "first second" as "First second". */
function sentence(code: string): string {
  const words = code.replaceAll("_", " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The account request's steps as buttons and history lines (accounts/account-workflows.ts). */
export const REQUEST_EVENT_LABELS: Readonly<Record<string, string>> = {
  create: "Started",
  submit: "Submit for endorsement",
  endorse: "Endorse",
  return: "Return with reasons",
  start_review: "Reviewed: send for approval",
  approve: "Approve",
  reject: "Reject with reasons",
  go_live: "Make it live",
  withdraw: "Withdraw the request",
  register: "Added to the register",
  import: "Imported into the register",
  mark_dormant: "Mark dormant",
  revive: "Revive",
  suspend: "Suspend",
  reinstate: "Reinstate",
  close: "Close the account",
  handover: "Handed over from a leaver",
  owner_signs: "Review signed for the owner",
  communications_signs: "Review signed for communications",
  owner_countersigns: "Review signed for the owner: complete",
  communications_countersigns: "Review signed for communications: complete",
};

export const ACCOUNT_PERSON_ROLE_LABELS: Readonly<Record<"admin" | "approved_user", string>> = {
  admin: "Admin",
  approved_user: "Approved user",
};
