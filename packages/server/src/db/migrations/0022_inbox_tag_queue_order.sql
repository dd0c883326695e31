-- A tag's view of the queue (docs/inbox.md; issue 14: a page in 50 ms with 100,000 open items).
-- Tags are rows of inbox_item_tags, so no index of inbox_items can give one tag's items in the
-- queue's order (priority, sort_due, received_at, id): the page walked the whole queue in order and
-- probed each item's tags until it had 51 (about 5,000 probes for a tag on 1 % of items; 55 ms on
-- PGlite). Each tag row now carries its item's organisation and queue position, kept equal to the
-- item's by the triggers below, and an index in that order makes a tag's page the first rows of
-- its own range, as migration 0020 did for the other filters.
alter table inbox_item_tags
  add column organisation_id uuid,
  add column priority smallint,
  add column sort_due timestamptz,
  add column received_at timestamptz;

update inbox_item_tags t
  set organisation_id = i.organisation_id, priority = i.priority, sort_due = i.sort_due,
    received_at = i.received_at
  from inbox_items i
  where i.id = t.item_id;

alter table inbox_item_tags
  alter column organisation_id set not null,
  alter column priority set not null,
  alter column sort_due set not null,
  alter column received_at set not null;

create index inbox_item_tags_queue_idx
  on inbox_item_tags (organisation_id, tag, priority, sort_due, received_at, item_id);

-- A new tag row takes its item's place in the queue, whatever the statement that adds it gives.
-- The item is share-locked, so that a transaction moving it meanwhile either commits first (and
-- is read here) or waits for this one (and its trigger below then sees this row).
create function inbox_item_tags_take_position() returns trigger language plpgsql as $$
begin
  select i.organisation_id, i.priority, i.sort_due, i.received_at
    into new.organisation_id, new.priority, new.sort_due, new.received_at
    from inbox_items i where i.id = new.item_id for share;
  return new;
end $$;
create trigger inbox_item_tags_position before insert on inbox_item_tags
  for each row execute function inbox_item_tags_take_position();

-- An item that moves in the queue (triage, acknowledgement, a new version) moves its tags with it,
-- in the same statement's transaction. Only when the position changed, and only tagged items'
-- rows are touched (one statement per update statement, not per row).
create function inbox_items_move_tags() returns trigger language plpgsql as $$
begin
  update inbox_item_tags t
    set priority = n.priority, sort_due = n.sort_due, received_at = n.received_at
    from moved_items n
    where t.item_id = n.id
      and (t.priority, t.sort_due, t.received_at) is distinct from (n.priority, n.sort_due, n.received_at);
  return null;
end $$;
create trigger inbox_items_move_tags after update on inbox_items
  referencing new table as moved_items
  for each statement execute function inbox_items_move_tags();
