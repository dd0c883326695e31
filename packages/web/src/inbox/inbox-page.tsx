import { rolesAllow } from "@parapet/core/permissions";
import { Link } from "@tanstack/react-router";
import { useCallback, useEffect, useRef, useState } from "react";
import { api } from "../api.js";
import { ErrorSummary, errorText } from "../shell/error-summary.js";
import { useInboxChanges } from "../shell/live-updates.js";
import { usePageTitle } from "../shell/page-title.js";
import { useSession } from "../shell/session.js";
import { dueText, formatTime, type ItemDetail, type QueueItem } from "./inbox-api.js";
import { ItemPanel } from "./item-panel.js";
import { type Filters, QueueFilters } from "./saved-views.js";
import { type ShortcutKey, ShortcutsDialog, useShortcuts } from "./shortcuts.js";

const URGENCY_TAG: Record<string, string> = {
  critical: "nhsuk-tag--red",
  high: "nhsuk-tag--orange",
  normal: "nhsuk-tag--blue",
  low: "nhsuk-tag--grey",
};

/**
 * The inbox: the queue on the left (crisis and threat nobody has acknowledged first, then by
 * due time), the chosen message on the right; filters and the person's saved views above it.
 * Keyboard shortcuts (? lists them): j/k next and previous, a assign to me, r reply, e done.
 */
export function InboxPage() {
  usePageTitle("Inbox");
  const { me } = useSession();
  const may = (permission: Parameters<typeof rolesAllow>[0]) => rolesAllow(permission, me?.user.roles ?? []);
  const [items, setItems] = useState<QueueItem[] | undefined>();
  const [selected, setSelected] = useState<string | undefined>();
  const [detail, setDetail] = useState<ItemDetail | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [now, setNow] = useState(() => Date.now());
  const [filters, setFilters] = useState<Filters>({});
  const [notice, setNotice] = useState<string | undefined>();
  const [help, setHelp] = useState(false);
  const query = new URLSearchParams({ limit: "100", ...filters }).toString();

  // Only the answer to the latest filters is shown: a slower, older answer never replaces it.
  const latest = useRef(query);
  latest.current = query;
  const load = useCallback(() => {
    api<{ items: QueueItem[] }>(`/api/v1/inbox?${query}`).then(
      (page) => {
        if (latest.current !== query) return;
        setItems(page.items);
        setSelected((current) => current ?? page.items[0]?.id);
      },
      (e: unknown) => setError(errorText(e)),
    );
  }, [query]);
  const loadDetail = useCallback((id: string) => {
    api<ItemDetail>(`/api/v1/inbox/${id}`).then(setDetail, (e: unknown) => setError(errorText(e)));
  }, []);

  useEffect(() => {
    load();
    const timer = setInterval(() => {
      setNow(Date.now());
      load();
    }, 15_000);
    return () => clearInterval(timer);
  }, [load]);
  // A message arriving or changing anywhere (another officer, a webhook) shows at once.
  useInboxChanges(load);
  useEffect(() => {
    if (selected) loadDetail(selected);
  }, [selected, loadDetail]);

  const changed = () => {
    load();
    if (selected) loadDetail(selected);
  };

  const act = (path: string, body: unknown, done: string) => {
    if (!selected) return;
    setError(undefined);
    api(`/api/v1/inbox/${selected}/${path}`, { method: "POST", body }).then(
      () => {
        setNotice(done);
        changed();
      },
      (e: unknown) => setError(errorText(e)),
    );
  };
  useShortcuts((key: ShortcutKey) => {
    if (key === "?") {
      setHelp(true);
      return;
    }
    if (key === "j" || key === "k") {
      if (!items || items.length === 0) return;
      const at = items.findIndex((i) => i.id === selected);
      const next = key === "j" ? Math.min(items.length - 1, at + 1) : Math.max(0, at - 1);
      const id = items[next]?.id;
      if (id) {
        setSelected(id);
        document.getElementById(`inbox-item-${next}`)?.focus();
      }
      return;
    }
    if (!selected) return;
    if (key === "a") act("assign", { assigneeId: "me" }, "Assigned to you.");
    if (key === "e") act("status", { status: "done" }, "Marked done.");
    if (key === "r") {
      const box = document.getElementById("inbox-reply");
      if (box) box.focus();
      else setNotice("This message cannot be answered from Parapet.");
    }
  });

  return (
    <>
      <h1>Inbox</h1>
      <p className="nhsuk-body-s">
        Every message to your accounts, triaged. Crisis and threat stay at the top until someone acknowledges
        them. Press <kbd>?</kbd> for the keyboard shortcuts.
      </p>
      <ErrorSummary message={error} />
      <div role="status" data-testid="inbox-notice">
        {notice && <p className="nhsuk-body-s">{notice}</p>}
      </div>
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-third">
          <h2 className="nhsuk-heading-s">Queue</h2>
          <QueueFilters
            filters={filters}
            onChange={(next) => {
              setFilters(next);
              setSelected(undefined);
              setDetail(undefined);
            }}
            onError={setError}
            onNotice={setNotice}
          />
          {items === undefined ? (
            <p>Loading…</p>
          ) : items.length === 0 ? (
            <EmptyQueue filtered={Object.keys(filters).length > 0} canImport={may("inbox.work")} />
          ) : (
            <ul className="nhsuk-list" aria-label="Messages" data-testid="inbox-list">
              {items.map((item, index) => (
                <li key={item.id}>
                  <button
                    type="button"
                    id={`inbox-item-${index}`}
                    className="parapet-inbox-row"
                    aria-current={item.id === selected ? "true" : undefined}
                    onClick={() => setSelected(item.id)}
                    data-testid="inbox-row"
                    style={{
                      display: "block",
                      width: "100%",
                      textAlign: "left",
                      padding: "8px",
                      marginBottom: "8px",
                      border: item.id === selected ? "3px solid #005eb8" : "1px solid #aeb7bd",
                      background: item.pinned ? "#fde8e8" : "#ffffff",
                      color: "#212b32",
                      cursor: "pointer",
                    }}
                  >
                    {item.pinned && <strong className="nhsuk-tag nhsuk-tag--red">Needs someone now</strong>}{" "}
                    <strong className={`nhsuk-tag ${URGENCY_TAG[item.urgency ?? ""] ?? "nhsuk-tag--grey"}`}>
                      {item.urgencyLabel}
                    </strong>
                    <span style={{ display: "block", fontWeight: 600 }}>{item.categoryLabel}</span>
                    <span style={{ display: "block" }}>{item.preview.slice(0, 140)}</span>
                    <span style={{ display: "block", fontSize: "14px" }}>
                      {item.platformLabel} {item.channelLabel.toLowerCase()} · {formatTime(item.receivedAt)} ·{" "}
                      {dueText(item.dueBy, now)} · {item.statusLabel}
                      {item.assignee ? ` · ${item.assignee.name}` : ""}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="nhsuk-grid-column-two-thirds">
          {detail && (
            <ItemPanel key={detail.id} item={detail} now={now} onChanged={changed} onError={setError} />
          )}
        </div>
      </div>
    </>
  );
}

/**
 * An empty queue says why: nothing matches, or nothing has arrived, and then where messages come
 * from (connected accounts, or an import), so a new trust knows what to do next.
 */
function EmptyQueue({ filtered, canImport }: { filtered: boolean; canImport: boolean }) {
  if (filtered) return <p>No message matches these filters.</p>;
  return (
    <div data-testid="inbox-empty">
      <p>Nothing is waiting.</p>
      <p className="nhsuk-body-s">
        Messages arrive here from the organisation's connected accounts (Facebook, Instagram, X, Bluesky,
        LinkedIn and Mastodon), which an administrator connects.
        {canImport && (
          <>
            {" "}
            For a platform without a connection, <Link to="/inbox/import">import its export</Link>.
          </>
        )}
      </p>
    </div>
  );
}
