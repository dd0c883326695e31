-- The inbox (docs/inbox.md): every public message to an organisation's accounts, triaged,
-- assigned, answered or moderated, with the history of every step.

-- An organisation's account on a platform (a Facebook Page, an X user, a Bluesky DID).
-- Its tokens and webhook secrets are in `secrets`, under the account `<platform>:<external id>`.
create table inbox_accounts (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  platform text not null check (platform ~ '^[a-z][a-z0-9_-]{0,39}$'),
  external_account_id text not null check (length(external_account_id) between 1 and 500),
  name text not null check (length(name) between 1 and 200),
  -- Settings that are not secret (a Graph version, an instance URL), as JSON.
  settings jsonb not null default '{}',
  -- Where the next poll resumes (polling platforms).
  poll_cursor text check (length(poll_cursor) <= 2000),
  created_at timestamptz not null,
  unique (organisation_id, platform, external_account_id)
);

-- One row per message, whatever became of it on the platform: edits and deletions are
-- versions (inbox_item_versions), never overwrites. Idempotent on (organisation, platform,
-- external id).
create table inbox_items (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  account_id uuid references inbox_accounts (id),
  platform text not null check (platform ~ '^[a-z][a-z0-9_-]{0,39}$'),
  -- Our account's id on the platform, as the connector or import named it.
  account text not null check (length(account) between 1 and 500),
  external_id text not null check (length(external_id) between 1 and 500),
  channel text not null check (channel in ('mention', 'comment', 'reply', 'dm', 'review')),
  author_platform_id text check (length(author_platform_id) <= 500),
  author_handle text check (length(author_handle) <= 300),
  author_name text check (length(author_name) <= 300),
  reply_to_external_id text check (length(reply_to_external_id) <= 500),
  thread_external_id text check (length(thread_external_id) <= 500),
  permalink text check (length(permalink) <= 2000),
  -- What the connector needs later to act on the item (a Messenger sender id).
  ref jsonb not null default '{}',
  created_on_platform_at timestamptz not null,
  received_at timestamptz not null,
  -- The latest version's number and state on the platform.
  version_count integer not null default 1 check (version_count >= 1),
  deleted_on_platform boolean not null default false,
  -- Our workflow (inbox-workflow.ts): new, assigned, waiting, done.
  status text not null default 'new' check (status in ('new', 'assigned', 'waiting', 'done')),
  assignee_id uuid references users (id),
  -- What we did to it on the platform: shown, hidden by us, deleted by us.
  moderation text not null default 'visible' check (moderation in ('visible', 'hidden', 'deleted')),
  -- Triage (packages/core triageMessage), filled by the inbox.triage job.
  triaged_at timestamptz,
  category text,
  urgency text check (urgency in ('critical', 'high', 'normal', 'low')),
  -- 0 for crisis and threat not yet acknowledged: they stay on top of every view.
  priority smallint not null default 1 check (priority in (0, 1)),
  urgency_rank smallint not null default 1 check (urgency_rank between 0 and 3),
  flags jsonb not null default '[]',
  reasons jsonb not null default '[]',
  route text,
  due_by timestamptz,
  -- due_by, or the far future when there is none: a key the queue can page on without nulls.
  sort_due timestamptz not null default '9999-12-31T00:00:00Z',
  template jsonb,
  acknowledged_at timestamptz,
  acknowledged_by uuid references users (id),
  updated_at timestamptz not null,
  unique (organisation_id, platform, external_id)
);

-- The queue's order: crisis/threat unacknowledged first, then due time (none last), then arrival.
create index inbox_items_queue_idx
  on inbox_items (organisation_id, priority, sort_due, received_at, id);
create index inbox_items_assignee_idx on inbox_items (organisation_id, assignee_id, status);
create index inbox_items_thread_idx on inbox_items (organisation_id, thread_external_id);

create table inbox_item_versions (
  item_id uuid not null references inbox_items (id),
  version integer not null check (version >= 1),
  version_key text not null check (length(version_key) between 1 and 200),
  event text not null check (event in ('created', 'edited', 'deleted', 'hidden', 'unhidden')),
  text text not null check (length(text) <= 100000),
  subject text check (length(subject) <= 100000),
  html text check (length(html) <= 200000),
  attachments jsonb not null default '[]',
  occurred_at timestamptz not null,
  received_at timestamptz not null,
  primary key (item_id, version),
  unique (item_id, version_key)
);

create table inbox_item_tags (
  item_id uuid not null references inbox_items (id),
  tag text not null check (length(tag) between 1 and 50),
  primary key (item_id, tag)
);
create index inbox_item_tags_tag_idx on inbox_item_tags (tag, item_id);

create table inbox_notes (
  id uuid primary key default gen_random_uuid(),
  item_id uuid not null references inbox_items (id),
  author_id uuid references users (id),
  text text not null check (length(text) between 1 and 5000),
  created_at timestamptz not null
);
create index inbox_notes_item_idx on inbox_notes (item_id, created_at);

-- Every step taken on an item, in order, as people read it on the item's page. The audit
-- trail holds the same steps, keyed and chained; this is the item's own story.
create table inbox_history (
  id bigserial primary key,
  item_id uuid not null references inbox_items (id),
  at timestamptz not null,
  actor_kind text not null check (actor_kind in ('user', 'api_token', 'system', 'anonymous')),
  actor_id uuid,
  action text not null check (action ~ '^[a-z][a-z0-9_.]{0,99}$'),
  detail jsonb not null default '{}'
);
create index inbox_history_item_idx on inbox_history (item_id, id);

-- Replies we send: checked, queued as a job, sent once.
create table inbox_replies (
  id uuid primary key default gen_random_uuid(),
  item_id uuid not null references inbox_items (id),
  text text not null check (length(text) between 1 and 10000),
  template_id text check (length(template_id) <= 200),
  status text not null default 'queued' check (status in ('queued', 'sent', 'failed')),
  external_id text check (length(external_id) <= 500),
  error text check (length(error) <= 2000),
  created_by uuid references users (id),
  created_at timestamptz not null,
  sent_at timestamptz
);
create index inbox_replies_item_idx on inbox_replies (item_id, created_at);

-- What a moderation action acted on, kept before it acts: the content, its author, when,
-- the platform's ids, and a SHA-256 over them (inbox-evidence.ts says exactly what is hashed).
create table inbox_evidence (
  id uuid primary key default gen_random_uuid(),
  item_id uuid not null references inbox_items (id),
  action text not null check (action in ('hide', 'unhide', 'delete', 'reinstate')),
  snapshot jsonb not null,
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  taken_by uuid references users (id),
  taken_at timestamptz not null,
  reason text check (length(reason) <= 2000)
);
create index inbox_evidence_item_idx on inbox_evidence (item_id, taken_at);

-- In-app notifications (a crisis or threat arrived). One row per person told.
create table notifications (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  user_id uuid not null references users (id),
  kind text not null check (kind ~ '^[a-z][a-z0-9_.]{0,99}$'),
  title text not null check (length(title) between 1 and 300),
  body text not null check (length(body) <= 2000),
  item_id uuid references inbox_items (id),
  created_at timestamptz not null,
  read_at timestamptz,
  unique (user_id, kind, item_id)
);
create index notifications_unread_idx on notifications (user_id, created_at) where read_at is null;
create index notifications_user_idx on notifications (user_id, created_at, id);
