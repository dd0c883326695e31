-- Per-person notification preferences (issue 14). In-app alerts for crisis and threat are
-- always on, so only e-mail is stored; a person with no row for a kind gets its e-mail.
create table notification_preferences (
  user_id uuid not null references users (id) on delete cascade,
  organisation_id uuid not null references organisations (id),
  kind text not null check (kind in ('crisis', 'threat')),
  email boolean not null,
  updated_at timestamptz not null,
  primary key (user_id, kind)
);
create index notification_preferences_organisation_idx on notification_preferences (organisation_id, kind);

-- Live updates: each new notification, each change of an inbox item, each ended session and
-- each new job (which wakes idle workers at once instead of at their next poll) is
-- announced with NOTIFY on a channel of this schema's own. NOTIFY is delivered when the
-- transaction commits and never if it rolls back, so a listener hears only what happened; the
-- servers listening push it to the browsers of that organisation (notifications/live-events.ts).
-- The payload names ids only, never content.
create function parapet_announce() returns trigger language plpgsql as $$
declare
  payload json;
begin
  if tg_table_name = 'notifications' then
    payload := json_build_object('type', 'notification', 'organisationId', new.organisation_id,
      'userId', new.user_id, 'id', new.id);
  elsif tg_table_name = 'inbox_items' then
    payload := json_build_object('type', 'inbox', 'organisationId', new.organisation_id, 'id', new.id);
  elsif tg_table_name = 'jobs' then
    -- The same payload for every job: PostgreSQL folds identical NOTIFYs of one transaction
    -- into one, so a batch of a thousand jobs wakes the workers once.
    payload := json_build_object('type', 'job');
  elsif tg_table_name = 'sessions' then
    payload := json_build_object('type', 'session_ended', 'organisationId', old.organisation_id,
      'sessionId', old.id);
  end if;
  perform pg_notify('parapet_events_' || current_schema(), payload::text);
  return null;
end;
$$;

create trigger notifications_announce after insert on notifications
  for each row execute function parapet_announce();
create trigger inbox_items_announce after insert or update on inbox_items
  for each row execute function parapet_announce();
create trigger jobs_announce after insert on jobs
  for each row execute function parapet_announce();
create trigger sessions_announce after delete on sessions
  for each row execute function parapet_announce();
