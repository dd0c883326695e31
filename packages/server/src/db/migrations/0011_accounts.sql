-- The account register (docs/accounts.md): requests for official and departmental accounts on
-- their way from draft to live, the accounts themselves with their admins and approved users,
-- and every step either took.

-- An account in the register: made when a request is approved, or imported from the
-- spreadsheet a trust kept before.
create table registered_accounts (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  platform text not null check (platform ~ '^[a-z][a-z0-9_-]{0,39}$'),
  handle text not null check (length(handle) between 1 and 100),
  name text not null check (length(name) between 1 and 200),
  url text check (length(url) <= 2000),
  purpose text not null default '' check (length(purpose) <= 4000),
  owning_service text not null check (length(owning_service) between 1 and 200),
  kind text not null default 'devolved' check (kind in ('official', 'devolved')),
  status text not null check (status in ('requested', 'live', 'dormant', 'suspended', 'closed')),
  -- Where the log-in details are held (a password manager's vault, a safe): a place, never a secret.
  credentials_location text check (length(credentials_location) <= 300),
  last_review_on date,
  next_review_on date,
  last_activity_at timestamptz,
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create unique index registered_accounts_handle_idx
  on registered_accounts (organisation_id, platform, lower(handle));

-- Who may post on an account: its admins and its approved users.
create table account_people (
  account_id uuid not null references registered_accounts (id),
  user_id uuid not null references users (id),
  role text not null check (role in ('admin', 'approved_user')),
  added_at timestamptz not null,
  primary key (account_id, user_id, role)
);
create index account_people_user_idx on account_people (user_id);

-- A request for a new account: the form's fields (EPUT CPG58 Appendix 1, with CMFT's and RWT's
-- additions) as one JSON object validated by the API's schema, and the set-up checklist.
create table account_requests (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  requester_id uuid not null references users (id),
  line_manager_id uuid references users (id),
  state text not null check (state in
    ('draft', 'submitted', 'returned', 'endorsed', 'in_review', 'approved', 'live', 'rejected', 'withdrawn')),
  form jsonb not null check (jsonb_typeof(form) = 'object'),
  setup jsonb not null default '{}' check (jsonb_typeof(setup) = 'object'),
  -- The reasons given when it was last returned or rejected.
  reasons text check (length(reasons) <= 4000),
  account_id uuid references registered_accounts (id),
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index account_requests_org_state_idx on account_requests (organisation_id, state);
create index account_requests_requester_idx on account_requests (requester_id);

-- Every step a request or an account took: the state it left, the one it reached, who and why.
create table account_transitions (
  id uuid primary key default gen_random_uuid(),
  -- The order steps were taken in (several can share a microsecond).
  seq bigint generated always as identity,
  organisation_id uuid not null references organisations (id),
  entity_type text not null check (entity_type in ('request', 'account')),
  entity_id uuid not null,
  event text not null check (event ~ '^[a-z][a-z_]{0,49}$'),
  from_state text,
  to_state text not null,
  actor_kind text not null check (actor_kind in ('user', 'api_token', 'system', 'anonymous')),
  actor_id uuid,
  reasons text check (length(reasons) <= 4000),
  at timestamptz not null
);
create index account_transitions_entity_idx on account_transitions (entity_id, at);
