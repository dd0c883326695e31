import { TRIAGE_CATEGORY_LABELS } from "@parapet/core/labels";
import { Link } from "@tanstack/react-router";
import { useCallback, useEffect, useState } from "react";
import { api } from "../api.js";
import { ErrorSummary, errorText } from "../shell/error-summary.js";
import { useLiveUpdates } from "../shell/live-updates.js";
import { usePageTitle } from "../shell/page-title.js";

interface NotificationRow {
  id: string;
  title: string;
  body: string;
  itemId: string | null;
  createdAt: string;
  read: boolean;
}

interface Preference {
  kind: "crisis" | "threat";
  inApp: true;
  email: boolean;
  onDuty: boolean;
  canTurnEmailOff: boolean;
}

interface RegisterPreference {
  kind: "account_request" | "account_review" | "account_handover" | "training_expiring";
  label: string;
  hint: string;
  email: boolean;
}

interface Preferences {
  mailConfigured: boolean;
  preferences: Preference[];
  register: RegisterPreference[];
}

const when = (iso: string) =>
  new Date(iso).toLocaleString("en-GB", {
    timeZone: "Europe/London",
    dateStyle: "medium",
    timeStyle: "short",
  });

/** Your notifications (newest first, marked read together) and how you are told about alerts. */
export function NotificationsPage() {
  usePageTitle("Notifications");
  const { unread, setUnread } = useLiveUpdates();
  const [rows, setRows] = useState<NotificationRow[] | undefined>();
  const [prefs, setPrefs] = useState<Preferences | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [saved, setSaved] = useState(false);

  const load = useCallback(() => {
    api<{ notifications: NotificationRow[]; unread: number }>("/api/v1/notifications?limit=50").then(
      (page) => setRows(page.notifications),
      (e: unknown) => setError(errorText(e)),
    );
  }, []);
  useEffect(() => {
    // Reloads when the live count changes: a new alert appears without a refresh.
    if (unread !== undefined || rows === undefined) load();
  }, [unread, load, rows]);
  useEffect(() => {
    api<Preferences>("/api/v1/notifications/preferences").then(setPrefs, (e: unknown) =>
      setError(errorText(e)),
    );
  }, []);

  async function markAllRead() {
    try {
      await api("/api/v1/notifications/read", { method: "POST", body: {} });
      setUnread(0);
      load();
    } catch (e) {
      setError(errorText(e));
    }
  }

  async function setEmail(kind: Preference["kind"] | RegisterPreference["kind"], email: boolean) {
    setSaved(false);
    setError(undefined);
    try {
      setPrefs(
        await api<Preferences>("/api/v1/notifications/preferences", {
          method: "PUT",
          body: { preferences: [{ kind, email }] },
        }),
      );
      setSaved(true);
    } catch (e) {
      setError(errorText(e));
    }
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary message={error} />
        <h1>Notifications</h1>
        {rows === undefined ? (
          <p aria-live="polite">Loading…</p>
        ) : rows.length === 0 ? (
          <p>You have no notifications.</p>
        ) : (
          <>
            <ul className="nhsuk-list" data-testid="notification-list">
              {rows.map((n) => (
                <li key={n.id} className="nhsuk-card nhsuk-u-margin-bottom-3">
                  <div className="nhsuk-card__content">
                    <h2 className="nhsuk-card__heading nhsuk-heading-s">
                      {n.read ? (
                        ""
                      ) : (
                        <strong className="nhsuk-tag nhsuk-tag--red nhsuk-u-margin-right-2">New</strong>
                      )}
                      {n.title}
                    </h2>
                    <p className="nhsuk-card__description">{n.body}</p>
                    <p className="nhsuk-body-s nhsuk-u-secondary-text-color">
                      {when(n.createdAt)}
                      {n.itemId && (
                        <>
                          {" · "}
                          <Link to="/inbox">Open the inbox</Link>
                        </>
                      )}
                    </p>
                  </div>
                </li>
              ))}
            </ul>
            {rows.some((n) => !n.read) && (
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary"
                onClick={() => void markAllRead()}
              >
                Mark all as read
              </button>
            )}
          </>
        )}

        <h2 id="how-you-are-told">How you are told about urgent messages</h2>
        <p>
          Alerts about a person in crisis or a threat always appear here and on the bell. You can also get
          them by e-mail.
        </p>
        {prefs && !prefs.mailConfigured && (
          <div className="nhsuk-inset-text">
            <span className="nhsuk-u-visually-hidden">Information: </span>
            <p>E-mail is not set up on this installation yet, so alerts are shown in Parapet only.</p>
          </div>
        )}
        {saved && (
          <p role="status" className="nhsuk-body-s">
            Your choice is saved.
          </p>
        )}
        {prefs && (
          <div className="nhsuk-form-group">
            <fieldset className="nhsuk-fieldset" aria-describedby="email-hint">
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">E-mail me about</legend>
              <div className="nhsuk-hint" id="email-hint">
                Someone on duty must always get each alert by e-mail: you can turn yours off only while a
                colleague on duty still gets it.
              </div>
              <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
                {prefs.preferences.map((p) => (
                  <div className="nhsuk-checkboxes__item" key={p.kind}>
                    <input
                      className="nhsuk-checkboxes__input"
                      id={`email-${p.kind}`}
                      type="checkbox"
                      checked={p.email}
                      disabled={p.email && !p.canTurnEmailOff}
                      onChange={(e) => void setEmail(p.kind, e.target.checked)}
                    />
                    <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`email-${p.kind}`}>
                      {TRIAGE_CATEGORY_LABELS[p.kind]}
                      {p.email && !p.canTurnEmailOff
                        ? " (you are the only person on duty who gets these by e-mail)"
                        : ""}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
        )}

        <h2 id="register-mail">The account register</h2>
        <p>
          Requests, reviews, handovers and training reminders always appear here and on the bell. Choose which
          of them you also get by e-mail.
        </p>
        {prefs && (
          <div className="nhsuk-form-group">
            <fieldset className="nhsuk-fieldset">
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
                E-mail me about the account register
              </legend>
              <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
                {prefs.register.map((p) => (
                  <div className="nhsuk-checkboxes__item" key={p.kind}>
                    <input
                      className="nhsuk-checkboxes__input"
                      id={`email-${p.kind}`}
                      type="checkbox"
                      checked={p.email}
                      aria-describedby={`email-${p.kind}-hint`}
                      onChange={(e) => void setEmail(p.kind, e.target.checked)}
                    />
                    <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`email-${p.kind}`}>
                      {p.label}
                    </label>
                    <div className="nhsuk-hint nhsuk-checkboxes__hint" id={`email-${p.kind}-hint`}>
                      {p.hint}
                    </div>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
        )}
      </div>
    </div>
  );
}
