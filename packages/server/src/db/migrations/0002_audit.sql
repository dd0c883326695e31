-- The audit trail (docs/architecture.md): one append-only, hash-chained log for the
-- whole installation. Each row stores sha256(prev_hash || canonical JSON of the
-- row); `parapet audit verify` recomputes the chain. Rows name people only by
-- id, so anonymising a departed user (users table) leaves the chain intact.

create table audit_events (
  seq bigint primary key check (seq > 0),
  occurred_at timestamptz not null,
  organisation_id uuid,
  actor_kind text not null check (actor_kind in ('user', 'api_token', 'system', 'anonymous')),
  actor_id text,
  actor_roles text not null default '',
  action text not null check (length(action) between 1 and 100),
  entity_type text not null check (length(entity_type) between 1 and 100),
  entity_id text,
  summary text not null default '{}',
  request_id text,
  prev_hash text not null check (prev_hash ~ '^[0-9a-f]{64}$'),
  hash text not null unique check (hash ~ '^[0-9a-f]{64}$')
);

create index audit_events_organisation_idx on audit_events (organisation_id, occurred_at);
create index audit_events_actor_idx on audit_events (actor_id);
create index audit_events_entity_idx on audit_events (entity_type, entity_id);

-- The head of the chain: the last row's seq and hash. Writers lock this one
-- row (SELECT ... FOR UPDATE), which orders concurrent writers; verify compares
-- it with the last row, so removing rows from the end is also seen.
create table audit_chain_head (
  id integer primary key check (id = 1),
  seq bigint not null,
  hash text not null
);

insert into audit_chain_head (id, seq, hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Append-only: the database itself refuses to change or remove an audit row.
create function audit_events_refuse_change() returns trigger language plpgsql as $$
begin
  raise exception 'audit_events is append-only: % refused', tg_op;
end;
$$;

create trigger audit_events_append_only
  before update or delete on audit_events
  for each row execute function audit_events_refuse_change();

create trigger audit_events_no_truncate
  before truncate on audit_events
  for each statement execute function audit_events_refuse_change();
