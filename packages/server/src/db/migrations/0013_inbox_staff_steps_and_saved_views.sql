-- Staff named or targeted (docs/inbox.md; TEWV CORP-0068 §4.6): which of the pack's steps were
-- taken on an item (ask the author to remove it, report it to the platform, tell the line
-- manager…), by whom and when; one row per step an item had, never updated.
create table inbox_staff_steps (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  item_id uuid not null references inbox_items (id),
  step text not null,
  clause text not null,
  note text,
  taken_by uuid not null references users (id),
  taken_at timestamptz not null,
  unique (item_id, step)
);

-- Saved views: a person's named filters on the queue (their own; nobody else sees them).
create table inbox_saved_views (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references organisations (id),
  user_id uuid not null references users (id),
  name text not null,
  filters jsonb not null,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  unique (user_id, name)
);
