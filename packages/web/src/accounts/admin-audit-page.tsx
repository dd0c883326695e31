import { PLATFORM_LABELS } from "@parapet/core/labels";
import { rolesAllow } from "@parapet/core/permissions";
import { useState } from "react";
import { api } from "../api.js";
import { ErrorSummary, errorText } from "../shell/error-summary.js";
import { TextareaField } from "../shell/form-fields.js";
import { usePageTitle } from "../shell/page-title.js";
import { useSession } from "../shell/session.js";
import { useApi } from "./accounts-api.js";

interface AuditAccount {
  id: string;
  platform: string;
  handle: string;
  name: string;
  owningService: string;
  admins: { name: string; email: string; active: boolean }[];
  state: "due" | "changed" | "signed_off";
  stateLabel: string;
  lastSignedOff: { by: string; on: string; note: string } | null;
  nextDueOn: string | null;
}

const TAG = { due: "nhsuk-tag--red", changed: "nhsuk-tag--yellow", signed_off: "nhsuk-tag--green" } as const;
const platformLabel = (p: string) => PLATFORM_LABELS[p as keyof typeof PLATFORM_LABELS] ?? p;

/**
 * The annual audit of admin rights to every trust account (RWT §9.2): every account's admins,
 * signed off one by one, and the CSV the committee receives.
 */
export function AdminAuditPage() {
  usePageTitle("Admin rights audit");
  const { me } = useSession();
  const mayManage = rolesAllow("accounts.manage", me?.user.roles ?? []);
  const [key, setKey] = useState(0);
  const [note, setNote] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const { value, error: loadError } = useApi<{
    clause: string;
    intervalMonths: number;
    outstanding: number;
    accounts: AuditAccount[];
  }>("/api/v1/accounts/admin-audit", key);

  async function signOff(account: AuditAccount) {
    try {
      await api(`/api/v1/accounts/${account.id}/admin-audit`, {
        method: "POST",
        body: note.trim() ? { note: note.trim() } : {},
      });
      setDone(`Signed off the admins of ${account.handle}.`);
      setError(undefined);
      setKey((k) => k + 1);
    } catch (caught) {
      setDone(undefined);
      setError(errorText(caught));
    }
  }

  return (
    <>
      <h1>Admin rights audit</h1>
      <ErrorSummary message={error ?? loadError} />
      {value && (
        <>
          <p className="nhsuk-lede-text">
            Confirm who holds admin rights to each account, every {value.intervalMonths} months (
            {value.clause}).{" "}
            {value.accounts.length === 0
              ? ""
              : value.outstanding === 0
                ? "Every account is signed off."
                : `${value.outstanding} of ${value.accounts.length} accounts need signing off.`}
          </p>
          <p>
            <a href="/api/v1/accounts/admin-audit.csv" download>
              Download the audit for the committee (CSV)
            </a>
          </p>
          {done && (
            <div className="nhsuk-inset-text" role="status">
              <p>{done}</p>
            </div>
          )}
          {mayManage && (
            <TextareaField
              id="signoff-note"
              label="Note kept with the next sign-off (optional)"
              hint="For example, where the committee confirmed it."
              rows={2}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          )}
          {value.accounts.length === 0 ? (
            <p>No accounts in the register yet, so there is nothing to sign off.</p>
          ) : (
            <table className="nhsuk-table">
              <caption className="nhsuk-table__caption">{value.accounts.length} accounts</caption>
              <thead className="nhsuk-table__head">
                <tr>
                  <th scope="col">Account</th>
                  <th scope="col">Admins</th>
                  <th scope="col">Sign-off</th>
                  <th scope="col">Next due</th>
                  {mayManage && <th scope="col">Action</th>}
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {value.accounts.map((a) => (
                  <tr key={a.id}>
                    <td>
                      {a.handle} ({platformLabel(a.platform)})
                      <div className="nhsuk-hint nhsuk-u-margin-bottom-0">{a.owningService}</div>
                    </td>
                    <td>
                      {a.admins.length === 0
                        ? "No admins"
                        : a.admins.map((p) => `${p.name}${p.active ? "" : " (has left)"}`).join(", ")}
                    </td>
                    <td>
                      <strong className={`nhsuk-tag ${TAG[a.state]}`}>{a.stateLabel}</strong>
                      {a.lastSignedOff && (
                        <div className="nhsuk-hint nhsuk-u-margin-bottom-0">
                          Last: {a.lastSignedOff.on} by {a.lastSignedOff.by}
                          {a.lastSignedOff.note ? ` (${a.lastSignedOff.note})` : ""}
                        </div>
                      )}
                    </td>
                    <td>{a.nextDueOn ?? "Now"}</td>
                    {mayManage && (
                      <td>
                        <button
                          type="button"
                          className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
                          onClick={() => void signOff(a)}
                        >
                          Sign off<span className="nhsuk-u-visually-hidden"> the admins of {a.handle}</span>
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </>
  );
}
