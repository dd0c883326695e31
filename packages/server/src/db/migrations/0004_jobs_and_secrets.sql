-- Jobs (the outbox) and encrypted secrets (docs/architecture.md, "Side effects are jobs").

-- A job row is written in the same transaction as the change that causes it, so the
-- change and its side effect (an e-mail, a platform call, a notification) commit or
-- fail together. Workers claim due rows with FOR UPDATE SKIP LOCKED, hold a lease
-- (locked_until, renewed while the job runs) and fence every later update with the
-- claim's lock_token, so a worker whose lease expired cannot overwrite the outcome
-- of the worker that took the job over.
create table jobs (
  id uuid primary key default gen_random_uuid(),
  -- null for jobs of the whole installation (housekeeping).
  organisation_id uuid references organisations (id),
  kind text not null check (kind ~ '^[a-z][a-z0-9_.-]{0,99}$'),
  payload jsonb not null,
  -- Unique per kind: enqueueing the same key twice is a no-op, and the key goes to
  -- the outside system (an Idempotency-Key header, a Message-ID) so that a job run
  -- twice has its effect once.
  idempotency_key text not null check (length(idempotency_key) between 1 and 300),
  status text not null default 'pending'
    check (status in ('pending', 'running', 'succeeded', 'dead')),
  run_at timestamptz not null,
  attempts integer not null default 0 check (attempts >= 0),
  max_attempts integer not null check (max_attempts between 1 and 100),
  locked_until timestamptz,
  lock_token text,
  last_error text check (length(last_error) <= 2000),
  created_at timestamptz not null,
  started_at timestamptz,
  finished_at timestamptz,
  check ((status = 'running') = (lock_token is not null and locked_until is not null))
);

create unique index jobs_idempotency_key on jobs (kind, idempotency_key);
-- What a worker looks for: due pending jobs, and running jobs whose worker vanished.
create index jobs_due_idx on jobs (run_at) where status = 'pending';
create index jobs_lease_idx on jobs (locked_until) where status = 'running';
-- What the administrators' page lists, and what housekeeping purges.
create index jobs_organisation_status_idx on jobs (organisation_id, status, created_at);
create index jobs_finished_idx on jobs (status, finished_at) where finished_at is not null;

-- Platform tokens and webhook secrets, encrypted with AES-256-GCM under a key kept
-- outside the database (PARAPET_SECRET_KEY). key_id names the key each value was
-- encrypted with, so a key can be rotated: new values use the new key, old ones are
-- still read with the old key until re-encrypted.
create table secrets (
  organisation_id uuid not null references organisations (id),
  -- The platform account the secret belongs to, e.g. "facebook:1234567890".
  account text not null check (length(account) between 1 and 200),
  name text not null check (name ~ '^[a-z][a-z0-9_.-]{0,99}$'),
  key_id text not null check (key_id ~ '^[0-9a-f]{16}$'),
  iv bytea not null check (length(iv) = 12),
  ciphertext bytea not null check (length(ciphertext) <= 65536),
  auth_tag bytea not null check (length(auth_tag) = 16),
  created_at timestamptz not null,
  updated_at timestamptz not null,
  primary key (organisation_id, account, name)
);

create index secrets_key_idx on secrets (key_id);
