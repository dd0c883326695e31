import type { ColumnType, Generated } from "kysely";

/** Table types for Kysely, written to match the SQL migrations beside this file. */
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;

export interface OrganisationsTable {
  id: Generated<string>;
  slug: string;
  name: string;
  pack_id: Generated<string>;
  created_at: CreatedAt;
}

export interface UsersTable {
  id: Generated<string>;
  organisation_id: string;
  email: string;
  display_name: string;
  job_title: string | null;
  password_hash: string | null;
  status: Generated<"active" | "deactivated">;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  totp_secret: string | null;
  totp_enabled_at: Date | null;
  totp_last_step: number | null;
  external_subject: string | null;
  anonymised_at: Date | null;
}

export interface UserRolesTable {
  user_id: string;
  organisation_id: string;
  role: string;
  granted_at: CreatedAt;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  organisation_id: string;
  csrf_token: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  ip: string | null;
  user_agent: string | null;
}

export interface ParapetMigrationsTable {
  version: number;
  name: string;
  applied_at: CreatedAt;
}

export interface AuditEventsTable {
  /** The row's number across the installation (the order pages are read in). */
  seq: Generated<number>;
  /** The organisation's id, 'installation', or 'legacy' (rows from before per-organisation chains). */
  chain: string;
  /** The row's place in its chain, from 1. */
  chain_seq: number;
  occurred_at: Date;
  organisation_id: string | null;
  actor_kind: "user" | "api_token" | "system" | "anonymous";
  actor_id: string | null;
  actor_roles: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  summary: string;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditChainHeadsTable {
  chain: string;
  /** The chain_seq of the chain's last row (0 before the first). */
  seq: number;
  hash: string;
}

export interface InvitationsTable {
  token_hash: string;
  user_id: string;
  organisation_id: string;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
}

export interface SignInThrottleTable {
  key: string;
  failures: number;
  first_failed_at: Date;
  locked_until: Date | null;
}

export interface OidcLoginStatesTable {
  state: string;
  code_verifier: string;
  nonce: string;
  created_at: Date;
}

export interface ApiTokensTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  token_hash: string;
  scopes: string[];
  created_by: string | null;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
  expires_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export const JOB_STATUSES = ["pending", "running", "succeeded", "dead"] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export interface JobsTable {
  id: Generated<string>;
  organisation_id: string | null;
  kind: string;
  /** jsonb: written as JSON text, read back parsed. */
  payload: ColumnType<unknown, string, string>;
  idempotency_key: string;
  status: Generated<JobStatus>;
  run_at: Date;
  attempts: Generated<number>;
  max_attempts: number;
  locked_until: Date | null;
  lock_token: string | null;
  last_error: string | null;
  created_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
}

export interface SecretsTable {
  organisation_id: string;
  account: string;
  name: string;
  key_id: string;
  /** bytea: a Buffer from pg, a Uint8Array from PGlite. */
  iv: Uint8Array;
  ciphertext: Uint8Array;
  auth_tag: Uint8Array;
  created_at: Date;
  updated_at: Date;
}

type Json<T> = ColumnType<T, string, string>;

export interface InboxAccountsTable {
  id: Generated<string>;
  organisation_id: string;
  platform: string;
  external_account_id: string;
  name: string;
  settings: ColumnType<Record<string, unknown>, string | undefined, string>;
  poll_cursor: string | null;
  poll_after: Date | null;
  polled_at: Date | null;
  poll_error: string | null;
  created_at: Date;
  /** The account in the register this is, so its replies count as that account's activity. */
  registered_account_id: Generated<string | null>;
}

export const INBOX_STATUSES = ["new", "assigned", "waiting", "done"] as const;
export type InboxStatus = (typeof INBOX_STATUSES)[number];
export const MODERATION_STATES = ["visible", "hidden", "deleted"] as const;
export type ModerationState = (typeof MODERATION_STATES)[number];

export interface InboxItemsTable {
  id: Generated<string>;
  organisation_id: string;
  account_id: string | null;
  platform: string;
  account: string;
  external_id: string;
  channel: "mention" | "comment" | "reply" | "dm" | "review";
  author_platform_id: string | null;
  author_handle: string | null;
  author_name: string | null;
  reply_to_external_id: string | null;
  thread_external_id: string | null;
  permalink: string | null;
  ref: ColumnType<Record<string, string>, string | undefined, string>;
  created_on_platform_at: Date;
  received_at: Date;
  version_count: Generated<number>;
  deleted_on_platform: Generated<boolean>;
  status: Generated<InboxStatus>;
  assignee_id: string | null;
  moderation: Generated<ModerationState>;
  triaged_at: Date | null;
  category: string | null;
  urgency: "critical" | "high" | "normal" | "low" | null;
  priority: Generated<number>;
  urgency_rank: Generated<number>;
  flags: ColumnType<string[], string | undefined, string>;
  reasons: ColumnType<unknown[], string | undefined, string>;
  route: string | null;
  due_by: Date | null;
  sort_due: ColumnType<Date, Date | undefined, Date>;
  template: ColumnType<
    { id: string; text: string; clause: string } | null,
    string | null | undefined,
    string | null
  >;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
  escalation_level: Generated<number>;
  legal_clock: "foi" | "subject_access" | null;
  legal_due_by: Date | null;
  handed_off_at: Date | null;
  updated_at: Date;
}

export interface InboxItemVersionsTable {
  item_id: string;
  version: number;
  version_key: string;
  event: "created" | "edited" | "deleted" | "hidden" | "unhidden";
  text: string;
  subject: string | null;
  html: string | null;
  attachments: Json<unknown[]>;
  occurred_at: Date;
  received_at: Date;
}

export interface InboxItemTagsTable {
  item_id: string;
  tag: string;
  /** The item's, set by the database on insert and kept equal to it (migration 0022). */
  organisation_id: ColumnType<string, never, never>;
  priority: ColumnType<number, never, never>;
  sort_due: ColumnType<Date, never, never>;
  received_at: ColumnType<Date, never, never>;
}

export interface InboxNotesTable {
  id: Generated<string>;
  item_id: string;
  author_id: string | null;
  text: string;
  created_at: Date;
}

export interface InboxHistoryTable {
  id: Generated<string>;
  item_id: string;
  at: Date;
  actor_kind: "user" | "api_token" | "system" | "anonymous";
  actor_id: string | null;
  action: string;
  detail: ColumnType<Record<string, unknown>, string | undefined, string>;
}

export interface InboxRepliesTable {
  id: Generated<string>;
  item_id: string;
  text: string;
  template_id: string | null;
  status: Generated<ReplyStatus>;
  external_id: string | null;
  error: string | null;
  created_by: string | null;
  created_at: Date;
  sent_at: Date | null;
  decided_by: string | null;
  decided_at: Date | null;
}

export type ReplyStatus = "awaiting_approval" | "queued" | "sent" | "failed" | "rejected";

export interface InboxPresenceTable {
  item_id: string;
  user_id: string;
  drafting: boolean;
  seen_at: Date;
  expires_at: Date;
}

export interface InboxStaffStepsTable {
  id: Generated<string>;
  organisation_id: string;
  item_id: string;
  step: string;
  clause: string;
  note: string | null;
  taken_by: string;
  taken_at: Date;
}

export interface InboxSavedViewsTable {
  id: Generated<string>;
  organisation_id: string;
  user_id: string;
  name: string;
  /** jsonb: the queue's filters, as GET /api/v1/inbox takes them. */
  filters: Json<Record<string, string>>;
  created_at: Date;
  updated_at: Date;
}

export interface InboxEvidenceTable {
  id: Generated<string>;
  item_id: string;
  action: "hide" | "unhide" | "delete" | "reinstate" | "report" | "block";
  snapshot: Json<Record<string, unknown>>;
  sha256: string;
  taken_by: string | null;
  taken_at: Date;
  reason: string | null;
  automatic_rule: string | null;
}

export interface NotificationsTable {
  id: Generated<string>;
  organisation_id: string;
  user_id: string;
  kind: string;
  title: string;
  body: string;
  item_id: string | null;
  created_at: Date;
  read_at: Date | null;
}

export interface NotificationPreferencesTable {
  user_id: string;
  organisation_id: string;
  kind: "crisis" | "threat" | "account_request" | "account_review" | "account_handover" | "training_expiring";
  email: boolean;
  updated_at: Date;
}

export interface RegisteredAccountsTable {
  id: Generated<string>;
  organisation_id: string;
  platform: string;
  handle: string;
  name: string;
  url: string | null;
  purpose: Generated<string>;
  owning_service: string;
  kind: Generated<"official" | "devolved">;
  status: "requested" | "live" | "dormant" | "suspended" | "closed";
  credentials_location: string | null;
  /** date columns: YYYY-MM-DD strings from both backends (database.ts). */
  last_review_on: ColumnType<string | null, string | null | undefined, string | null>;
  next_review_on: ColumnType<string | null, string | null | undefined, string | null>;
  last_activity_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export interface AccountPeopleTable {
  account_id: string;
  user_id: string;
  role: "admin" | "approved_user";
  added_at: Date;
}

export interface AccountRequestsTable {
  id: Generated<string>;
  organisation_id: string;
  requester_id: string;
  line_manager_id: string | null;
  state: string;
  form: Json<Record<string, unknown>>;
  setup: ColumnType<Record<string, unknown>, string | undefined, string>;
  reasons: string | null;
  account_id: string | null;
  created_at: Date;
  updated_at: Date;
}

export interface AccountTransitionsTable {
  id: Generated<string>;
  seq: Generated<number>;
  organisation_id: string;
  entity_type: "request" | "account" | "unofficial";
  entity_id: string;
  event: string;
  from_state: string | null;
  to_state: string;
  actor_kind: "user" | "api_token" | "system" | "anonymous";
  actor_id: string | null;
  reasons: string | null;
  at: Date;
}

export interface AccountHandoversTable {
  id: Generated<string>;
  organisation_id: string;
  account_id: string;
  leaver_id: string;
  role: "admin" | "approved_user";
  successor_id: string | null;
  leaving_on: ColumnType<string, string, string>;
  due_on: ColumnType<string, string, string>;
  status: Generated<"open" | "done">;
  created_at: Date;
  done_at: Date | null;
  done_by: string | null;
}

export interface TrainingCompletionsTable {
  id: Generated<string>;
  organisation_id: string;
  user_id: string;
  module_id: string;
  completed_on: ColumnType<string, string, string>;
  source: "recorded" | "imported";
  recorded_by: string | null;
  created_at: Date;
}

export interface TrainingRemindersTable {
  organisation_id: string;
  user_id: string;
  module_id: string;
  expires_on: ColumnType<string, string, string>;
  sent_at: Date;
}

export interface AccountReviewRemindersTable {
  account_id: string;
  review_on: ColumnType<string, string, string>;
  organisation_id: string;
  sent_at: Date;
}

export interface AccountReviewsTable {
  id: Generated<string>;
  organisation_id: string;
  account_id: string;
  due_on: ColumnType<string | null, string | null, string | null>;
  state: "owner_signed" | "communications_signed" | "complete";
  owner_signed_by: string | null;
  owner_signed_at: Date | null;
  owner_note: Generated<string>;
  communications_signed_by: string | null;
  communications_signed_at: Date | null;
  communications_note: Generated<string>;
  opened_at: Date;
  completed_at: Date | null;
}

export interface AdminRightsSignoffsTable {
  id: Generated<string>;
  organisation_id: string;
  account_id: string;
  signed_off_by: string;
  signed_off_at: Date;
  admins: ColumnType<{ name: string; email: string }[], string, string>;
  note: Generated<string>;
}

export interface PolicyReviewRemindersTable {
  organisation_id: string;
  month: string;
  pack_id: string;
  sent_at: Date;
}

export type UnofficialState = "open" | "claimed" | "reported" | "confirmed" | "dismissed";

export interface UnofficialAccountsTable {
  id: Generated<string>;
  organisation_id: string;
  platform: string;
  handle: string;
  display_name: string | null;
  url: string | null;
  state: ColumnType<UnofficialState, UnofficialState | undefined, UnofficialState>;
  source: "inbox" | "staff";
  matched_terms: ColumnType<string[], string | undefined, string>;
  sightings: ColumnType<number, number | undefined, number>;
  example_item_id: string | null;
  first_seen_at: Date;
  last_seen_at: Date;
  registered_account_id: string | null;
  request_id: string | null;
  reference: string | null;
  decided_by: string | null;
  decided_at: Date | null;
  decision_reasons: string | null;
  updated_at: Date;
}

export interface UnofficialAccountReportsTable {
  id: Generated<string>;
  organisation_id: string;
  unofficial_account_id: string;
  reported_by: string | null;
  why: string;
  url: string | null;
  created_at: Date;
}

export interface UnofficialAccountWatchTable {
  organisation_id: string;
  brand_terms: ColumnType<string[], string | undefined, string>;
  /** bigint: a number from both backends (database.ts); read it through Number() all the same. */
  history_cursor: ColumnType<number, number | undefined, number>;
  scanned_at: Date | null;
  updated_at: Date;
}

export interface DB {
  organisations: OrganisationsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  sessions: SessionsTable;
  parapet_migrations: ParapetMigrationsTable;
  audit_events: AuditEventsTable;
  audit_chain_heads: AuditChainHeadsTable;
  invitations: InvitationsTable;
  sign_in_throttle: SignInThrottleTable;
  oidc_login_states: OidcLoginStatesTable;
  api_tokens: ApiTokensTable;
  jobs: JobsTable;
  secrets: SecretsTable;
  inbox_accounts: InboxAccountsTable;
  inbox_items: InboxItemsTable;
  inbox_item_versions: InboxItemVersionsTable;
  inbox_item_tags: InboxItemTagsTable;
  inbox_notes: InboxNotesTable;
  inbox_history: InboxHistoryTable;
  inbox_replies: InboxRepliesTable;
  inbox_evidence: InboxEvidenceTable;
  notifications: NotificationsTable;
  inbox_presence: InboxPresenceTable;
  inbox_staff_steps: InboxStaffStepsTable;
  inbox_saved_views: InboxSavedViewsTable;
  notification_preferences: NotificationPreferencesTable;
  registered_accounts: RegisteredAccountsTable;
  account_people: AccountPeopleTable;
  account_requests: AccountRequestsTable;
  account_transitions: AccountTransitionsTable;
  account_handovers: AccountHandoversTable;
  training_completions: TrainingCompletionsTable;
  training_reminders: TrainingRemindersTable;
  account_review_reminders: AccountReviewRemindersTable;
  account_reviews: AccountReviewsTable;
  admin_rights_signoffs: AdminRightsSignoffsTable;
  policy_review_reminders: PolicyReviewRemindersTable;
  unofficial_accounts: UnofficialAccountsTable;
  unofficial_account_reports: UnofficialAccountReportsTable;
  unofficial_account_watch: UnofficialAccountWatchTable;
}
