-- Possible unofficial accounts (docs/accounts.md; CPG58 §8.2: the Communications Team monitors
-- use of the Trust name and branding; RWT Attachment 2 §3.5: no forum claiming to be on behalf of
-- the Trust without approval). A handle seen in the inbox, or reported by staff, that uses the
-- organisation's name or brand and is not in the register, folded by platform and handle, for the
-- communications team to confirm as ours, claim, report to the platform or dismiss.
create table unofficial_accounts (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  platform text not null check (platform ~ '^[a-z][a-z0-9_-]{0,39}$'),
  -- Folded: no leading @, lower case (the fold key with the platform).
  handle text not null check (length(handle) between 1 and 300),
  display_name text check (length(display_name) <= 300),
  url text check (length(url) <= 2000),
  state text not null default 'open'
    check (state in ('open', 'claimed', 'reported', 'confirmed', 'dismissed')),
  -- How it first came to us: the inbox (an author or a mention) or a member of staff.
  source text not null check (source in ('inbox', 'staff')),
  -- The brand terms it matched, as the organisation wrote them.
  matched_terms jsonb not null default '[]',
  -- How often it was seen in the inbox, and a message it was seen in.
  sightings integer not null default 0 check (sightings >= 0),
  example_item_id uuid references inbox_items (id),
  first_seen_at timestamptz not null,
  last_seen_at timestamptz not null,
  -- What was decided: the account it is in the register, the request that claims it, the
  -- platform's or incident report's reference, and the reasons (the history keeps every step).
  registered_account_id uuid references registered_accounts (id),
  request_id uuid references account_requests (id),
  reference text check (length(reference) <= 300),
  decided_by uuid references users (id),
  decided_at timestamptz,
  decision_reasons text check (length(decision_reasons) <= 4000),
  updated_at timestamptz not null,
  unique (organisation_id, platform, handle)
);
create index unofficial_accounts_state_idx on unofficial_accounts (organisation_id, state, last_seen_at);

-- Every report by a member of staff: who, when and why (several may fold into one account).
create table unofficial_account_reports (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  unofficial_account_id uuid not null references unofficial_accounts (id),
  reported_by uuid references users (id),
  why text not null check (length(why) between 1 and 4000),
  url text check (length(url) <= 2000),
  created_at timestamptz not null
);
create index unofficial_account_reports_idx on unofficial_account_reports (unofficial_account_id, created_at);
create index unofficial_account_reports_by_idx on unofficial_account_reports (reported_by, created_at);

-- Per organisation: its brand terms, and how far the periodic look through the inbox has read
-- (an inbox_history id: the look is a batched job after ingest, never part of it).
create table unofficial_account_watch (
  organisation_id uuid primary key references organisations (id),
  brand_terms jsonb not null default '[]',
  history_cursor bigint not null default 0,
  scanned_at timestamptz,
  updated_at timestamptz not null
);

-- Decisions on a possible unofficial account join the register's history.
alter table account_transitions drop constraint account_transitions_entity_type_check;
alter table account_transitions add constraint account_transitions_entity_type_check
  check (entity_type in ('request', 'account', 'unofficial'));
