-- The account register's notifications get a per-person e-mail choice (docs/notifications.md):
-- in the app they are always on; a person with no row for a kind gets its e-mail, as before.
alter table notification_preferences drop constraint notification_preferences_kind_check;
alter table notification_preferences add constraint notification_preferences_kind_check
  check (kind in ('crisis', 'threat', 'account_request', 'account_review', 'account_handover',
    'training_expiring'));

-- An account's periodic review in two parts (docs/accounts.md, "Reviews"): its owner (an admin
-- of the account, for the team that owns it) and the communications team each sign, two
-- different people; the review is complete only when both have. One open review per account.
create table account_reviews (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  account_id uuid not null references registered_accounts (id),
  -- The review date it answers: the account's next review when the first part was signed.
  due_on date,
  state text not null check (state in ('owner_signed', 'communications_signed', 'complete')),
  owner_signed_by uuid references users (id),
  owner_signed_at timestamptz,
  owner_note text not null default '' check (length(owner_note) <= 2000),
  communications_signed_by uuid references users (id),
  communications_signed_at timestamptz,
  communications_note text not null default '' check (length(communications_note) <= 2000),
  opened_at timestamptz not null,
  completed_at timestamptz,
  -- One person never signs both parts; complete means both signed.
  check (owner_signed_by <> communications_signed_by),
  check ((state = 'complete') = (owner_signed_by is not null and communications_signed_by is not null)),
  check ((state = 'complete') = (completed_at is not null))
);
create unique index account_reviews_open_idx on account_reviews (account_id) where completed_at is null;
create index account_reviews_account_idx on account_reviews (organisation_id, account_id, opened_at);
