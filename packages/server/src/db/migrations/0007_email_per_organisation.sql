-- An email address is unique within an organisation, no longer across the installation.
-- Inviting an address that another trust on the same installation already uses then
-- works (bank staff work for more than one trust, with one NHSmail address), and the
-- invitation no longer tells one trust's administrator that the address has an
-- account elsewhere (issue 13). Sign-in finds the account by address, and by the
-- organisation's short name when the address has accounts in more than one.

drop index users_email_key;
create unique index users_organisation_email_key on users (organisation_id, lower(email));
create index users_email_idx on users (lower(email));
