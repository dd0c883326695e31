-- The same format checks, written so that PostgreSQL checks them cheaply (issue 14, the
-- pipeline's CPU: docs/benchmarks.md, 6 December). PostgreSQL's regular expressions expand a
-- bounded repetition ({64}, {0,99}) into as many states, and every insert, and every update of
-- the row, runs the row's checks: '^[0-9a-f]{64}$' cost about 10 µs a value, against under 1 µs
-- for a length and '^[0-9a-f]+$'; on the inbox's pipeline these checks were a sixth of the
-- database's CPU (two hashes an audit row, two audit rows and two history rows a message).
-- Each new check accepts exactly what the old one did: the length bounds what the repetition
-- bounded, and the class is the same.

alter table audit_events drop constraint audit_events_hash_check;
alter table audit_events add constraint audit_events_hash_check
  check (length(hash) = 64 and hash ~ '^[0-9a-f]+$');
alter table audit_events drop constraint audit_events_prev_hash_check;
alter table audit_events add constraint audit_events_prev_hash_check
  check (length(prev_hash) = 64 and prev_hash ~ '^[0-9a-f]+$');
-- An organisation's chain is named by its id, lower-case 8-4-4-4-12: 36 characters, five runs of
-- hex digits joined by four hyphens, which the fixed places make the five runs' lengths.
alter table audit_events drop constraint audit_events_chain_check;
alter table audit_events add constraint audit_events_chain_check
  check (chain = 'legacy' or chain = 'installation' or (length(chain) = 36
    and chain ~ '^[0-9a-f]+-[0-9a-f]+-[0-9a-f]+-[0-9a-f]+-[0-9a-f]+$'
    and substr(chain, 9, 1) = '-' and substr(chain, 14, 1) = '-' and substr(chain, 19, 1) = '-'
    and substr(chain, 24, 1) = '-'));
alter table audit_chain_heads drop constraint audit_chain_heads_hash_check;
alter table audit_chain_heads add constraint audit_chain_heads_hash_check
  check (length(hash) = 64 and hash ~ '^[0-9a-f]+$');

alter table inbox_history drop constraint inbox_history_action_check;
alter table inbox_history add constraint inbox_history_action_check
  check (length(action) <= 100 and action ~ '^[a-z][a-z0-9_.]*$');
alter table inbox_items drop constraint inbox_items_platform_check;
alter table inbox_items add constraint inbox_items_platform_check
  check (length(platform) <= 40 and platform ~ '^[a-z][a-z0-9_-]*$');
alter table inbox_evidence drop constraint inbox_evidence_sha256_check;
alter table inbox_evidence add constraint inbox_evidence_sha256_check
  check (length(sha256) = 64 and sha256 ~ '^[0-9a-f]+$');
alter table notifications drop constraint notifications_kind_check;
alter table notifications add constraint notifications_kind_check
  check (length(kind) <= 100 and kind ~ '^[a-z][a-z0-9_.]*$');
alter table jobs drop constraint jobs_kind_check;
alter table jobs add constraint jobs_kind_check
  check (length(kind) <= 100 and kind ~ '^[a-z][a-z0-9_.-]*$');
