import { UNOFFICIAL_STATE_LABELS, UNOFFICIAL_STATES } from "@parapet/core/accounts";
import { PLATFORM_LABELS } from "@parapet/core/labels";
import { rolesAllow } from "@parapet/core/permissions";
import { Link } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { api } from "../api.js";
import { ErrorSummary, errorText } from "../shell/error-summary.js";
import { InputField, SelectField, TextareaField } from "../shell/form-fields.js";
import { usePageTitle } from "../shell/page-title.js";
import { useSession } from "../shell/session.js";
import { useApi, when } from "./accounts-api.js";

interface Possible {
  id: string;
  platform: string;
  handle: string;
  displayName: string | null;
  url: string | null;
  state: string;
  stateLabel: string;
  sourceLabel: string;
  matchedTerms: string[];
  sightings: number;
  reports: number;
  lastSeenAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  reasons: string | null;
  reference: string | null;
  registeredAccount: { id: string; handle: string | null } | null;
  requestId: string | null;
}

interface Detail extends Possible {
  reportsMade: { by: string | null; why: string; url: string | null; at: string }[];
  actions: { event: string; label: string }[];
  registerChoices: { id: string; label: string }[];
  history: { event: string; toLabel: string; by: string | null; reasons: string | null; at: string }[];
}

const TAG: Record<string, string> = {
  open: "nhsuk-tag--red",
  claimed: "nhsuk-tag--yellow",
  reported: "nhsuk-tag--orange",
  confirmed: "nhsuk-tag--green",
  dismissed: "nhsuk-tag--grey",
};
const PLATFORM_CHOICES = Object.entries(PLATFORM_LABELS) as [string, string][];
const platformLabel = (p: string) => PLATFORM_LABELS[p as keyof typeof PLATFORM_LABELS] ?? p;

/** Anyone on the staff reports an account that may claim to be the organisation's. */
function ReportForm() {
  const [platform, setPlatform] = useState("facebook");
  const [handle, setHandle] = useState("");
  const [url, setUrl] = useState("");
  const [why, setWhy] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const [key, setKey] = useState(0);
  const mine = useApi<{ reports: { platform: string; handle: string; at: string; stateLabel: string }[] }>(
    "/api/v1/unofficial-accounts/mine",
    key,
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const result = await api<{ message: string }>("/api/v1/unofficial-accounts/reports", {
        method: "POST",
        body: {
          platform,
          why,
          ...(handle.trim() ? { handle: handle.trim() } : {}),
          ...(url.trim() ? { url: url.trim() } : {}),
        },
      });
      setDone(result.message);
      setError(undefined);
      setHandle("");
      setUrl("");
      setWhy("");
      setKey((k) => k + 1);
    } catch (caught) {
      setDone(undefined);
      setError(errorText(caught));
    }
  }

  return (
    <>
      <h2>Report an account</h2>
      <p>
        Seen an account that uses the organisation's name or logo and may not be ours? Tell the communications
        team.
      </p>
      <ErrorSummary message={error} />
      {done && (
        <div className="nhsuk-inset-text" role="status">
          <p>{done}</p>
        </div>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <SelectField
          id="report-platform"
          label="Platform"
          value={platform}
          onChange={(e) => setPlatform(e.target.value)}
        >
          {PLATFORM_CHOICES.map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </SelectField>
        <InputField
          id="report-handle"
          label="Handle or name on the platform"
          hint="For example @FenmoorNurses. Leave it empty if you give the address."
          value={handle}
          onChange={(e) => setHandle(e.target.value)}
        />
        <InputField
          id="report-url"
          label="Address (optional)"
          hint="The link to the account, starting https://"
          type="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
        />
        <TextareaField
          id="report-why"
          label="Why you think it may not be official"
          rows={3}
          value={why}
          onChange={(e) => setWhy(e.target.value)}
        />
        <button type="submit" className="nhsuk-button">
          Report it
        </button>
      </form>
      {mine.value && mine.value.reports.length > 0 && (
        <>
          <h3>Your reports</h3>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {mine.value.reports.map((r) => (
              <li key={`${r.platform}:${r.handle}:${r.at}`}>
                {r.handle} ({platformLabel(r.platform)}), {when(r.at)}: {r.stateLabel}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

/** The communications team's brand terms: what is looked for besides the organisation's name. */
function BrandTerms(props: {
  terms: string[];
  lookingFor: string[];
  mayManage: boolean;
  onSaved: () => void;
}) {
  const [text, setText] = useState(props.terms.join("\n"));
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  async function save() {
    try {
      const terms = text
        .split("\n")
        .map((t) => t.trim())
        .filter((t) => t.length > 0);
      await api("/api/v1/unofficial-accounts/brand-terms", { method: "PUT", body: { terms } });
      setDone("Saved the brand terms.");
      setError(undefined);
      props.onSaved();
    } catch (caught) {
      setDone(undefined);
      setError(errorText(caught));
    }
  }
  return (
    <>
      <p>Looking for: {props.lookingFor.length > 0 ? props.lookingFor.join(", ") : "nothing yet"}.</p>
      {props.mayManage && (
        <details className="nhsuk-details">
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">Brand terms to look for</span>
          </summary>
          <div className="nhsuk-details__text">
            <ErrorSummary message={error} />
            {done && (
              <div className="nhsuk-inset-text" role="status">
                <p>{done}</p>
              </div>
            )}
            <TextareaField
              id="brand-terms"
              label="Brand terms, one a line"
              hint="Besides the organisation's name: short names, initials, hospitals' names. At least three letters each."
              rows={4}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={() => void save()}
            >
              Save the terms
            </button>
          </div>
        </details>
      )}
    </>
  );
}

/** One account's decision: confirm as ours, claim, report to the platform, dismiss, reopen. */
function Decide(props: { id: string; onDone: (message: string) => void }) {
  const [key, setKey] = useState(0);
  const { value, error: loadError } = useApi<Detail>(`/api/v1/unofficial-accounts/${props.id}`, key);
  const [event, setEvent] = useState("");
  const [accountId, setAccountId] = useState("");
  const [name, setName] = useState("");
  const [service, setService] = useState("");
  const [reasons, setReasons] = useState("");
  const [reference, setReference] = useState("");
  const [error, setError] = useState<string | undefined>();
  if (!value) return <ErrorSummary message={loadError} />;
  const chosen = event || value.actions[0]?.event || "";

  async function decide() {
    try {
      const body = {
        event: chosen,
        ...(reasons.trim() ? { reasons: reasons.trim() } : {}),
        ...(chosen === "confirm"
          ? accountId
            ? { accountId }
            : { register: { name: name.trim(), owningService: service.trim() } }
          : {}),
        ...(chosen === "report" && reference.trim() ? { reference: reference.trim() } : {}),
      };
      const result = await api<{ stateLabel: string }>(`/api/v1/unofficial-accounts/${props.id}/steps`, {
        method: "POST",
        body,
      });
      setError(undefined);
      setKey((k) => k + 1);
      props.onDone(`${value?.handle}: ${result.stateLabel}.`);
    } catch (caught) {
      setError(errorText(caught));
    }
  }

  return (
    <section aria-labelledby="decide-heading">
      <h2 id="decide-heading">
        {value.handle} ({platformLabel(value.platform)})
      </h2>
      <p>
        <strong className={`nhsuk-tag ${TAG[value.state] ?? ""}`}>{value.stateLabel}</strong>{" "}
        {value.sourceLabel}; seen {value.sightings} {value.sightings === 1 ? "time" : "times"} in the inbox,{" "}
        {value.reports} {value.reports === 1 ? "report" : "reports"} by staff.
        {value.url && <> Address: {value.url}</>}
      </p>
      {value.requestId && (
        <p>
          <Link to={"/accounts/request" as never} search={{ id: value.requestId } as never}>
            The account request that claims it
          </Link>
        </p>
      )}
      {value.registeredAccount && (
        <p>
          <Link to={"/accounts/account" as never} search={{ id: value.registeredAccount.id } as never}>
            {value.registeredAccount.handle ?? "Its account"} in the register
          </Link>
        </p>
      )}
      {value.reportsMade.length > 0 && (
        <>
          <h3>What staff said</h3>
          <ul className="nhsuk-list nhsuk-list--bullet">
            {value.reportsMade.map((r) => (
              <li key={r.at + r.why}>
                {r.by ?? "Someone"}, {when(r.at)}: {r.why}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>History</h3>
      <ol className="nhsuk-list nhsuk-list--number">
        {value.history.map((h) => (
          <li key={h.at + h.event}>
            {h.toLabel}, {when(h.at)}
            {h.by ? ` by ${h.by}` : " by Parapet"}
            {h.reasons ? `: ${h.reasons}` : ""}
          </li>
        ))}
      </ol>
      {value.actions.length > 0 && (
        <>
          <h3>Decide</h3>
          <ErrorSummary message={error} />
          <SelectField
            id="decision"
            label="Decision"
            value={chosen}
            onChange={(e) => setEvent(e.target.value)}
          >
            {value.actions.map((a) => (
              <option key={a.event} value={a.event}>
                {a.label}
              </option>
            ))}
          </SelectField>
          {chosen === "confirm" && (
            <>
              <SelectField
                id="decision-account"
                label="Which account in the register it is"
                value={accountId}
                onChange={(e) => setAccountId(e.target.value)}
              >
                <option value="">Not in the register yet: add it</option>
                {value.registerChoices.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </SelectField>
              {!accountId && (
                <>
                  <InputField
                    id="decision-name"
                    label="Account name"
                    value={name}
                    onChange={(e) => setName(e.target.value)}
                  />
                  <InputField
                    id="decision-service"
                    label="Owning service"
                    value={service}
                    onChange={(e) => setService(e.target.value)}
                  />
                </>
              )}
            </>
          )}
          {chosen === "report" && (
            <InputField
              id="decision-reference"
              label="Report reference (optional)"
              hint="The platform's report number, or the incident report's (CPG58 §8.2)."
              value={reference}
              onChange={(e) => setReference(e.target.value)}
            />
          )}
          <TextareaField
            id="decision-reasons"
            label={chosen === "dismiss" || chosen === "report" ? "Reasons" : "Reasons (optional)"}
            hint="Kept with the decision, with your name and the time."
            rows={3}
            value={reasons}
            onChange={(e) => setReasons(e.target.value)}
          />
          <button type="button" className="nhsuk-button" onClick={() => void decide()}>
            Record the decision
          </button>
        </>
      )}
    </section>
  );
}

/**
 * Possible unofficial accounts (CPG58 §8.2; RWT Attachment 2 §3.5): handles using the
 * organisation's name seen in the inbox or reported by staff, not in the register, for the
 * communications team to confirm, claim, report or dismiss.
 */
export function UnofficialAccountsPage() {
  usePageTitle("Possible unofficial accounts");
  const { me } = useSession();
  const roles = me?.user.roles ?? [];
  const mayRead = rolesAllow("accounts.register.read", roles);
  const mayManage = rolesAllow("accounts.manage", roles);
  const [state, setState] = useState("open");
  const [key, setKey] = useState(0);
  const [selected, setSelected] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const { value, error: loadError } = useApi<{
    clause: string;
    brandTerms: string[];
    lookingFor: string[];
    lastLookedAt: string | null;
    open: number;
    accounts: Possible[];
  }>(mayRead ? `/api/v1/unofficial-accounts${state ? `?state=${state}` : ""}` : undefined, key);

  async function scan() {
    try {
      const r = await api<{ read: number; found: number }>("/api/v1/unofficial-accounts/scan", {
        method: "POST",
      });
      setDone(
        `Read ${r.read} new ${r.read === 1 ? "message" : "messages"}: ${r.found} new possible unofficial ${r.found === 1 ? "account" : "accounts"}.`,
      );
      setError(undefined);
      setKey((k) => k + 1);
    } catch (caught) {
      setError(errorText(caught));
    }
  }

  return (
    <>
      <h1>Possible unofficial accounts</h1>
      <p className="nhsuk-lede-text">
        Accounts using the organisation's name or brand that are not in the account register.
      </p>
      {mayRead && (
        <>
          <ErrorSummary message={error ?? loadError} />
          {done && (
            <div className="nhsuk-inset-text" role="status">
              <p>{done}</p>
            </div>
          )}
          {value && (
            <>
              <p>
                {value.clause}. The inbox is read every 15 minutes
                {value.lastLookedAt ? `; last on ${when(value.lastLookedAt)}` : ""}.
              </p>
              <BrandTerms
                key={value.brandTerms.join("\n")}
                terms={value.brandTerms}
                lookingFor={value.lookingFor}
                mayManage={mayManage}
                onSaved={() => setKey((k) => k + 1)}
              />
              {mayManage && (
                <button
                  type="button"
                  className="nhsuk-button nhsuk-button--secondary"
                  onClick={() => void scan()}
                >
                  Look through the inbox now
                </button>
              )}
              <SelectField
                id="filter-state"
                label="Show"
                value={state}
                onChange={(e) => setState(e.target.value)}
              >
                <option value="">Every state</option>
                {UNOFFICIAL_STATES.map((s) => (
                  <option key={s} value={s}>
                    {UNOFFICIAL_STATE_LABELS[s]}
                  </option>
                ))}
              </SelectField>
              {value.accounts.length === 0 ? (
                <p>
                  {state
                    ? "No possible unofficial accounts in this state."
                    : "No possible unofficial accounts found yet."}
                </p>
              ) : (
                <table className="nhsuk-table">
                  <caption className="nhsuk-table__caption">
                    {value.accounts.length} {value.accounts.length === 1 ? "account" : "accounts"}
                  </caption>
                  <thead className="nhsuk-table__head">
                    <tr>
                      <th scope="col">Account</th>
                      <th scope="col">How we know</th>
                      <th scope="col">Uses</th>
                      <th scope="col">State</th>
                      <th scope="col">Action</th>
                    </tr>
                  </thead>
                  <tbody className="nhsuk-table__body">
                    {value.accounts.map((a) => (
                      <tr key={a.id}>
                        <td>
                          {a.handle} ({platformLabel(a.platform)})
                          {a.displayName && (
                            <div className="nhsuk-hint nhsuk-u-margin-bottom-0">{a.displayName}</div>
                          )}
                        </td>
                        <td>
                          {a.sourceLabel}
                          <div className="nhsuk-hint nhsuk-u-margin-bottom-0">
                            Seen {a.sightings}, reported {a.reports}; last {when(a.lastSeenAt)}
                          </div>
                        </td>
                        <td>{a.matchedTerms.length > 0 ? a.matchedTerms.join(", ") : "Reported by staff"}</td>
                        <td>
                          <strong className={`nhsuk-tag ${TAG[a.state] ?? ""}`}>{a.stateLabel}</strong>
                          {a.decidedBy && (
                            <div className="nhsuk-hint nhsuk-u-margin-bottom-0">
                              {a.decidedBy}
                              {a.decidedAt ? `, ${when(a.decidedAt)}` : ""}
                              {a.reasons ? `: ${a.reasons}` : ""}
                            </div>
                          )}
                        </td>
                        <td>
                          <button
                            type="button"
                            className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
                            onClick={() => setSelected(a.id)}
                          >
                            {mayManage ? "Decide" : "Open"}
                            <span className="nhsuk-u-visually-hidden"> on {a.handle}</span>
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {selected && (
                <Decide
                  key={selected}
                  id={selected}
                  onDone={(message) => {
                    setDone(message);
                    setKey((k) => k + 1);
                  }}
                />
              )}
            </>
          )}
        </>
      )}
      <ReportForm />
    </>
  );
}
