-- Invitations, sign-in throttling, second factor, single sign-on and API tokens.

alter table users add column totp_secret text;
alter table users add column totp_enabled_at timestamptz;
alter table users add column totp_last_step bigint;
alter table users add column external_subject text;
alter table users add column anonymised_at timestamptz;
create unique index users_external_subject_key on users (organisation_id, external_subject);

-- A one-time link to set a password. Only the token's SHA-256 is stored.
create table invitations (
  token_hash text primary key,
  user_id uuid not null references users (id) on delete cascade,
  organisation_id uuid not null references organisations (id),
  created_at timestamptz not null,
  expires_at timestamptz not null,
  used_at timestamptz
);

create index invitations_user_idx on invitations (user_id);

-- Failed sign-ins per account (by lower-cased email) and per IP address, for
-- lockout with back-off. Keys are hashed so this table holds no email addresses.
create table sign_in_throttle (
  key text primary key,
  failures integer not null,
  first_failed_at timestamptz not null,
  locked_until timestamptz
);

-- State of an OpenID Connect sign-in between the redirect and the callback.
create table oidc_login_states (
  state text primary key,
  code_verifier text not null,
  nonce text not null,
  created_at timestamptz not null
);

create table api_tokens (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  name text not null check (length(name) between 1 and 100),
  token_hash text not null unique,
  scopes text[] not null,
  created_by uuid references users (id),
  created_at timestamptz not null,
  last_used_at timestamptz,
  revoked_at timestamptz
);

create index api_tokens_organisation_idx on api_tokens (organisation_id);
