-- API tokens expire, and work only while the person they belong to (created_by) is an
-- active member of the organisation (docs/people-and-security.md, "API tokens"). Tokens
-- made before this migration expire 90 days after it; those whose owner has already
-- left stop working at once (the server checks the owner on every use).

alter table api_tokens add column expires_at timestamptz not null default (now() + interval '90 days');
create index api_tokens_created_by_idx on api_tokens (created_by);
