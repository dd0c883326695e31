/** The account register's CSV columns, for import and export (docs/accounts.md). */
export const REGISTER_CSV_COLUMNS = [
  "platform",
  "handle",
  "name",
  "url",
  "purpose",
  "owning_service",
  "kind",
  "status",
  "admins",
  "approved_users",
  "last_review_on",
  "next_review_on",
  "credentials_location",
] as const;

/** The training import's columns: a completion per row. */
export const TRAINING_CSV_COLUMNS = ["email", "module", "completed_on"] as const;

/** The leavers file's columns (the successor is optional). */
export const LEAVER_CSV_COLUMNS = ["email", "leaving_on", "successor_email"] as const;
