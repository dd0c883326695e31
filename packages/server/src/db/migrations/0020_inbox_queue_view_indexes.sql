-- The queue's views (docs/inbox.md; issue 14: a page in 50 ms with 100,000 open items). Every view
-- pages in the queue's order (priority, sort_due, received_at, id) with keyset pagination. With only
-- inbox_items_queue_idx, a view that filters on one value reads the whole queue in order and
-- throws away what does not match: a rare category, an account's few items, one person's items, or
-- a status nobody is in reads all 100,000. Each equality filter gets an index that leads with it and
-- then follows the queue's order, so that the view's page is the first rows of its own index, and
-- the keyset condition (a row comparison on the order's columns) bounds the scan there too.
create index inbox_items_status_queue_idx
  on inbox_items (organisation_id, status, priority, sort_due, received_at, id);
create index inbox_items_category_queue_idx
  on inbox_items (organisation_id, category, priority, sort_due, received_at, id);
create index inbox_items_urgency_queue_idx
  on inbox_items (organisation_id, urgency, priority, sort_due, received_at, id);
create index inbox_items_account_queue_idx
  on inbox_items (organisation_id, account_id, priority, sort_due, received_at, id);
-- Replaces (organisation_id, assignee_id, status): it served "someone's items" only, and this one
-- serves that and pages them in the queue's order ("assigned to me", "nobody's").
create index inbox_items_assignee_queue_idx
  on inbox_items (organisation_id, assignee_id, priority, sort_due, received_at, id);
drop index inbox_items_assignee_idx;
-- "Nobody's" (assignee is null): a btree does not take IS NULL as an equality that keeps the
-- queue's order, so the index above would read every unassigned item and sort them; a partial
-- index in the queue's order serves the view.
create index inbox_items_unassigned_queue_idx
  on inbox_items (organisation_id, priority, sort_due, received_at, id) where assignee_id is null;
