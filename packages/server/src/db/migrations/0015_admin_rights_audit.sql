-- The annual audit of admin rights to every trust account (RWT §9.2: "Business use: admin rights
-- to Trust accounts", yearly, to the People and Organisational Development Committee): each
-- sign-off keeps who signed, when, and the admins as they stood, so the committee's export shows
-- what was confirmed, not what the register says today.
create table admin_rights_signoffs (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  account_id uuid not null references registered_accounts (id),
  signed_off_by uuid not null references users (id),
  signed_off_at timestamptz not null,
  -- [{ "name": …, "email": … }] of the admins confirmed.
  admins jsonb not null,
  note text not null default '' check (length(note) <= 2000)
);
create index admin_rights_signoffs_account_idx on admin_rights_signoffs (organisation_id, account_id, signed_off_at);
