-- The audit trail becomes one keyed chain per organisation (docs/people-and-security.md,
-- "Audit trail"). Each row now belongs to a chain, named by the organisation's id
-- ('installation' for rows of no organisation), and has a place in it (chain_seq);
-- writers lock only their own organisation's head, so one trust's writes never wait
-- for another's. New rows are hashed with HMAC-SHA256 under PARAPET_AUDIT_KEY, a key
-- the database does not hold, over the full stored precision of their time.
--
-- Rows written before this migration keep their SHA-256 chain exactly as it was, as
-- the chain 'legacy' (in its old global order, chain_seq = seq). Their hashes cover
-- nothing new, so they still verify by the old rule. On its first start with a key
-- Parapet seals that chain: it verifies it and records its head (row count, last
-- hash) in a keyed row of the 'installation' chain (action audit.legacy_trail_sealed),
-- which is then anchored like any other. From then on a change to a legacy row is
-- seen; a change made before the seal cannot be, beyond what the old chain caught.

alter table audit_events add column chain text;
alter table audit_events add column chain_seq bigint;

-- Filling the two new columns of old rows is the one update this table will ever
-- take; the values are not covered by the old hashes, which stay as they were.
alter table audit_events disable trigger audit_events_append_only;
update audit_events set chain = 'legacy', chain_seq = seq;
alter table audit_events enable trigger audit_events_append_only;

alter table audit_events alter column chain set not null;
alter table audit_events alter column chain_seq set not null;
alter table audit_events add constraint audit_events_chain_check
  check (chain = 'legacy' or chain = 'installation' or chain ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$');
alter table audit_events add constraint audit_events_chain_seq_check check (chain_seq > 0);
create unique index audit_events_chain_key on audit_events (chain, chain_seq);

-- seq stays the row's number across the installation (the order pages are read in),
-- now taken from a sequence, so writers of different organisations need no shared lock.
create sequence audit_events_seq_seq owned by audit_events.seq;
select setval('audit_events_seq_seq', coalesce((select max(seq) from audit_events), 0) + 1, false);
alter table audit_events alter column seq set default nextval('audit_events_seq_seq');

-- One head per chain: its last chain_seq and hash. A writer locks its chain's head row.
create table audit_chain_heads (
  chain text primary key,
  seq bigint not null check (seq >= 0),
  hash text not null check (hash ~ '^[0-9a-f]{64}$')
);

insert into audit_chain_heads (chain, seq, hash)
select 'legacy', seq, hash from audit_chain_head where seq > 0;

drop table audit_chain_head;
