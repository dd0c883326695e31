-- Handover tasks (docs/accounts.md): when a leaver is an admin or approved user of an account,
-- a task for the named successor, or the communications team when nobody is named (RWT §4.9.7;
-- CORP-0068 §4.9). The account is flagged until the task is done.
create table account_handovers (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  account_id uuid not null references registered_accounts (id),
  leaver_id uuid not null references users (id),
  role text not null check (role in ('admin', 'approved_user')),
  -- Null: the communications team takes it over.
  successor_id uuid references users (id),
  leaving_on date not null,
  due_on date not null,
  status text not null default 'open' check (status in ('open', 'done')),
  created_at timestamptz not null,
  done_at timestamptz,
  done_by uuid references users (id),
  unique (account_id, leaver_id, role)
);
create index account_handovers_open_idx on account_handovers (organisation_id, status);
