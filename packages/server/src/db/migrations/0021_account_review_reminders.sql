-- Reminders before a registered account's review falls due (issue 15; RWT §9.2): one per
-- account and due date, so a retried or repeated daily run tells nobody twice, and a review
-- done (a new due date) is reminded afresh next time.
create table account_review_reminders (
  account_id uuid not null references registered_accounts (id),
  review_on date not null,
  organisation_id uuid not null references organisations (id),
  sent_at timestamptz not null,
  primary key (account_id, review_on)
);
