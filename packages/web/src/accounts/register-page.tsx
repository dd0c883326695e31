import { ACCOUNT_STATUS_LABELS, ACCOUNT_STATUSES, REGISTER_CSV_COLUMNS } from "@parapet/core/accounts";
import { ACCOUNT_PERSON_ROLE_LABELS, PLATFORM_LABELS, REQUEST_EVENT_LABELS } from "@parapet/core/labels";
import { rolesAllow } from "@parapet/core/permissions";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { api } from "../api.js";
import { allRowsGood, CsvUpload } from "../shell/csv-upload.js";
import { ErrorSummary, errorText } from "../shell/error-summary.js";
import { InputField, SelectField } from "../shell/form-fields.js";
import { usePageTitle } from "../shell/page-title.js";
import { useSession } from "../shell/session.js";
import { type HistoryLine, type RegisterAccount, useApi, useIdParam } from "./accounts-api.js";
import { ActivitySection } from "./activity-section.js";
import { HistoryList } from "./request-page.js";
import { ReviewSection } from "./review-section.js";

const platformLabel = (p: string) => PLATFORM_LABELS[p as keyof typeof PLATFORM_LABELS] ?? p;

/**
 * The register: every account the organisation owns, who can post on it, its status and
 * reviews, and what needs attention, so an auditor's question is answered on one page.
 */
export function RegisterPage() {
  usePageTitle("Account register");
  const [status, setStatus] = useState("");
  const [flagged, setFlagged] = useState(false);
  const [q, setQ] = useState("");
  const query = new URLSearchParams({
    ...(status ? { status } : {}),
    ...(flagged ? { flagged: "true" } : {}),
    ...(q.trim() ? { q: q.trim() } : {}),
  }).toString();
  const { me } = useSession();
  const [refresh, setRefresh] = useState(0);
  const { value, error } = useApi<{ accounts: RegisterAccount[] }>(
    `/api/v1/accounts${query ? `?${query}` : ""}`,
    refresh,
  );
  return (
    <>
      <h1>Account register</h1>
      <p className="nhsuk-lede-text">Every official and team account, and who can post on it.</p>
      <p>
        <a href="/api/v1/accounts/export.csv" download>
          Download the register (CSV)
        </a>{" "}
        · <Link to={"/accounts/admin-audit" as never}>Admin rights audit</Link> ·{" "}
        <Link to={"/accounts/unofficial" as never}>Possible unofficial accounts</Link>
      </p>
      {rolesAllow("accounts.manage", me?.user.roles ?? []) && (
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Import accounts from the spreadsheet you kept</span>
          </summary>
          <div className="nhsuk-details__text">
            <CsvUpload<{
              dryRun: boolean;
              rows: number;
              imported: number;
              errors: { line: number; reason: string }[];
            }>
              id="register-import"
              endpoint="/api/v1/accounts/import"
              what="accounts"
              columns={REGISTER_CSV_COLUMNS}
              hint="Admins and approved users as e-mail addresses separated by semicolons; dates as YYYY-MM-DD."
              summary={(r) =>
                r.dryRun
                  ? `${allRowsGood(r.rows)}: choose Import to add them to the register.`
                  : `Imported ${r.imported} ${r.imported === 1 ? "account" : "accounts"}.`
              }
              onImported={() => setRefresh((k) => k + 1)}
            />
          </div>
        </details>
      )}
      <ErrorSummary message={error} />
      <div className="nhsuk-grid-row">
        <SelectField
          id="filter-status"
          label="Status"
          groupClassName="nhsuk-grid-column-one-third"
          value={status}
          onChange={(e) => setStatus(e.target.value)}
        >
          <option value="">Any status</option>
          {ACCOUNT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ACCOUNT_STATUS_LABELS[s]}
            </option>
          ))}
        </SelectField>
        <InputField
          id="filter-q"
          label="Handle, name or service"
          groupClassName="nhsuk-grid-column-one-third"
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
        <div className="nhsuk-grid-column-one-third nhsuk-checkboxes nhsuk-form-group">
          <div className="nhsuk-checkboxes__item">
            <input
              className="nhsuk-checkboxes__input"
              id="filter-flagged"
              type="checkbox"
              checked={flagged}
              onChange={(e) => setFlagged(e.target.checked)}
            />
            <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="filter-flagged">
              Only accounts that need attention
            </label>
          </div>
        </div>
      </div>
      {value && value.accounts.length === 0 && (
        // An empty table says nothing: say why it is empty and how accounts get here.
        <p>
          {query
            ? "No accounts match these filters."
            : "No accounts in the register yet. An account joins it when its request is made live, or when an administrator imports the spreadsheet you kept."}
        </p>
      )}
      {value && value.accounts.length > 0 && (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption">
            {value.accounts.length} {value.accounts.length === 1 ? "account" : "accounts"}
          </caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Account</th>
              <th scope="col">Service</th>
              <th scope="col">Status</th>
              <th scope="col">Admins</th>
              <th scope="col">Next review</th>
              <th scope="col">Needs attention</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {value.accounts.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link to={"/accounts/account" as never} search={{ id: a.id } as never}>
                    {a.handle}
                  </Link>{" "}
                  ({platformLabel(a.platform)})
                </td>
                <td>{a.owningService}</td>
                <td>{a.statusLabel}</td>
                <td>
                  {a.people
                    .filter((p) => p.role === "admin")
                    .map((p) => p.name)
                    .join(", ")}
                </td>
                <td>{a.nextReviewOn ?? ""}</td>
                <td>
                  {a.flags.map((f) => (
                    <strong key={f.flag} className="nhsuk-tag nhsuk-tag--red">
                      {f.label}
                    </strong>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** One account: who can post on it, what needs attention, and its history. */
export function AccountPage() {
  usePageTitle("Account");
  const id = useIdParam();
  const { me } = useSession();
  const [key, setKey] = useState(0);
  const [error, setError] = useState<string | undefined>();
  const { value: account, error: loadError } = useApi<
    RegisterAccount & {
      actions: string[];
      history: HistoryLine[];
      lastActivityOn: string | null;
      inboxAccount: string | null;
      inboxAccountChoices: { id: string; name: string }[];
      handovers: {
        id: string;
        role: "admin" | "approved_user";
        leaver: string;
        successor: string | null;
        leavingOn: string;
        dueOn: string;
      }[];
    }
  >(id ? `/api/v1/accounts/${id}` : undefined, key);
  const manages = me?.user.roles.some(
    (r) => r === "communications_officer" || r === "head_of_communications",
  );
  async function post(path: string, body?: object) {
    try {
      const url = path.startsWith("../")
        ? `/api/v1/accounts/${path.slice(3)}`
        : `/api/v1/accounts/${id}/${path}`;
      await api(url, { method: "POST", ...(body ? { body } : {}) });
      setError(undefined);
      setKey((k) => k + 1);
    } catch (caught) {
      setError(errorText(caught));
    }
  }
  if (!account) return <ErrorSummary message={loadError} />;
  return (
    <>
      <h1>{account.name}</h1>
      <p className="nhsuk-lede-text">
        {account.handle} on {platformLabel(account.platform)}, {account.owningService}: {account.statusLabel}.
      </p>
      <ErrorSummary message={error} />
      {account.flags.length > 0 && (
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">Needs attention</h2>
          <ul>
            {account.flags.map((f) => (
              <li key={f.flag}>
                {f.label} ({f.clause})
              </li>
            ))}
          </ul>
        </div>
      )}
      <h2>Who can post on it</h2>
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Admins and approved users</caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role on the account</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {account.people.map((p) => (
            <tr key={`${p.id}-${p.role}`}>
              <td>{p.name}</td>
              <td>{ACCOUNT_PERSON_ROLE_LABELS[p.role]}</td>
              <td>
                {[p.communicationsTeam ? "Communications team" : "", p.active ? "" : "Has left"]
                  .filter(Boolean)
                  .join("; ")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {account.handovers.length > 0 && (
        <section aria-labelledby="handover-heading">
          <h2 id="handover-heading">Handovers from leavers</h2>
          <ul className="nhsuk-list">
            {account.handovers.map((h) => (
              <li key={h.id}>
                {h.leaver} ({ACCOUNT_PERSON_ROLE_LABELS[h.role]}) leaves on {h.leavingOn}: to{" "}
                {h.successor ?? "the communications team"} by {h.dueOn}.{" "}
                {manages && h.successor && (
                  <button
                    className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                    type="button"
                    onClick={() => void post(`../handovers/${h.id}/complete`, {})}
                  >
                    Handed over to {h.successor}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Last review</dt>
          <dd className="nhsuk-summary-list__value">{account.lastReviewOn ?? "Not yet"}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Next review</dt>
          <dd className="nhsuk-summary-list__value">{account.nextReviewOn ?? "Not set"}</dd>
        </div>
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">Log-in details held</dt>
          <dd className="nhsuk-summary-list__value">{account.credentialsLocation ?? "Not recorded"}</dd>
        </div>
      </dl>
      <ReviewSection accountId={account.id} onSigned={() => setKey((k) => k + 1)} />
      <ActivitySection
        accountId={account.id}
        lastActivityOn={account.lastActivityOn}
        inboxAccount={account.inboxAccount}
        inboxAccountChoices={account.inboxAccountChoices}
        manages={Boolean(manages) && account.status !== "closed"}
        onChange={() => setKey((k) => k + 1)}
      />
      {manages && (
        <div className="nhsuk-button-group">
          {account.actions.map((a) => (
            <button
              key={a}
              className="nhsuk-button nhsuk-button--secondary"
              type="button"
              onClick={() => void post("steps", { event: a })}
            >
              {REQUEST_EVENT_LABELS[a] ?? a}
            </button>
          ))}
        </div>
      )}
      <h2>History</h2>
      <HistoryList history={account.history} />
    </>
  );
}
