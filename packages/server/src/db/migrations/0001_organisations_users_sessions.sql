-- Organisations, people, their roles and their sign-in sessions.
-- Every table that later migrations add carries organisation_id, so that one
-- trust's data is never visible to another's.

create table organisations (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9-]{2,64}$'),
  name text not null check (length(name) between 1 and 200),
  pack_id text not null default 'nhs-core',
  created_at timestamptz not null default now()
);

create table users (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  email text not null check (length(email) between 3 and 254),
  display_name text not null check (length(display_name) between 1 and 200),
  job_title text,
  password_hash text,
  status text not null default 'active' check (status in ('active', 'deactivated')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

-- One sign-in name across the whole installation: people sign in before we know their trust.
create unique index users_email_key on users (lower(email));
create index users_organisation_idx on users (organisation_id);

create table user_roles (
  user_id uuid not null references users (id) on delete cascade,
  organisation_id uuid not null references organisations (id),
  role text not null check (role in (
    'staff', 'line_manager', 'communications_officer', 'head_of_communications',
    'information_governance', 'hr', 'admin'
  )),
  granted_at timestamptz not null default now(),
  primary key (user_id, role)
);

create index user_roles_organisation_idx on user_roles (organisation_id);

-- The cookie carries a random token; only its SHA-256 is stored, so a copy of
-- this table cannot be replayed as sessions.
create table sessions (
  id text primary key,
  user_id uuid not null references users (id) on delete cascade,
  organisation_id uuid not null references organisations (id),
  csrf_token text not null,
  created_at timestamptz not null,
  last_seen_at timestamptz not null,
  expires_at timestamptz not null,
  ip text,
  user_agent text
);

create index sessions_user_idx on sessions (user_id);
create index sessions_expires_idx on sessions (expires_at);
