-- Training records (docs/accounts.md, "Training"): each completion of one of the pack's modules by
-- a member of staff, recorded by hand or imported from a workforce system's export. Whether a
-- person is an approved user is worked out from these and the pack's required modules
-- (CORP-0068 §3.2 and §7.2; RWT Attachment 2 §3.4; CMFT Freedom of Information Requests).
create table training_completions (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  user_id uuid not null references users (id),
  module_id text not null check (module_id ~ '^[a-z][a-z0-9_-]{0,63}$'),
  completed_on date not null,
  source text not null check (source in ('recorded', 'imported')),
  recorded_by uuid references users (id),
  created_at timestamptz not null,
  unique (organisation_id, user_id, module_id, completed_on)
);
create index training_completions_user_idx on training_completions (organisation_id, user_id);

-- Reminders already sent before a module expires, so each expiry is reminded once.
create table training_reminders (
  organisation_id uuid not null references organisations (id),
  user_id uuid not null references users (id),
  module_id text not null,
  expires_on date not null,
  sent_at timestamptz not null,
  primary key (organisation_id, user_id, module_id, expires_on)
);
