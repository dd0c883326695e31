-- The inbox's queue and moderation features (docs/inbox.md): polling per account, second-person
-- approval of replies, report and block, automatic hiding, escalation, legal clocks for FOI and
-- subject access, and who is looking at an item.

-- Polling: where the next poll resumes (a connector's cursor, up to 4,000 characters), when the
-- platform said to come back (a rate limit), and what went wrong last.
alter table inbox_accounts drop constraint inbox_accounts_poll_cursor_check;
alter table inbox_accounts add constraint inbox_accounts_poll_cursor_check
  check (length(poll_cursor) <= 4000);
alter table inbox_accounts add column poll_after timestamptz;
alter table inbox_accounts add column polled_at timestamptz;
alter table inbox_accounts add column poll_error text check (length(poll_error) <= 2000);

-- Replies that wait for a second person: the drafter (created_by) can never approve their own.
alter table inbox_replies drop constraint inbox_replies_status_check;
alter table inbox_replies add constraint inbox_replies_status_check
  check (status in ('awaiting_approval', 'queued', 'sent', 'failed', 'rejected'));
alter table inbox_replies add column decided_by uuid references users (id);
alter table inbox_replies add column decided_at timestamptz;
alter table inbox_replies add constraint inbox_replies_not_own_approval
  check (decided_by is null or created_by is null or decided_by <> created_by);

-- Report and block keep evidence like hide; an automatic action names the rule that acted.
alter table inbox_evidence drop constraint inbox_evidence_action_check;
alter table inbox_evidence add constraint inbox_evidence_action_check
  check (action in ('hide', 'unhide', 'delete', 'reinstate', 'report', 'block'));
alter table inbox_evidence add column automatic_rule text check (length(automatic_rule) <= 200);

-- Escalation (0: none yet, 1: the assignee was told, 2: the head of communications was told),
-- and the legal clock of an FOI or subject-access request with its hand-off.
alter table inbox_items add column escalation_level smallint not null default 0
  check (escalation_level between 0 and 2);
alter table inbox_items add column legal_clock text check (legal_clock in ('foi', 'subject_access'));
alter table inbox_items add column legal_due_by timestamptz;
alter table inbox_items add column handed_off_at timestamptz;
create index inbox_items_overdue_idx on inbox_items (sort_due)
  where status in ('new', 'assigned') and escalation_level < 2;

-- Who is looking at an item right now: one row per person, gone once it expires. A person
-- drafting a reply holds the item's draft lock until it expires.
create table inbox_presence (
  item_id uuid not null references inbox_items (id),
  user_id uuid not null references users (id),
  drafting boolean not null default false,
  seen_at timestamptz not null,
  expires_at timestamptz not null,
  primary key (item_id, user_id)
);
create index inbox_presence_expiry_idx on inbox_presence (expires_at);
