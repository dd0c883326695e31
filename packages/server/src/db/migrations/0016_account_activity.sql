-- Dormancy from the inbox (docs/accounts.md): a platform account connected to the inbox may be
-- linked to the account in the register it is, so replies sent from it count as the register
-- account's activity (RWT Attachment 2 §3.4: the account must be updated frequently).
alter table inbox_accounts add column registered_account_id uuid references registered_accounts (id);
create index inbox_accounts_registered_idx on inbox_accounts (registered_account_id);
