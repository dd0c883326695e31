-- Policy review reminders (docs/accounts.md): when the policy behind an organisation's pack is
-- past its review date, the head of communications is reminded once a month until it is reviewed.
create table policy_review_reminders (
  organisation_id uuid not null references organisations (id),
  month text not null check (month ~ '^\d{4}-\d{2}$'),
  pack_id text not null,
  sent_at timestamptz not null,
  primary key (organisation_id, month)
);
