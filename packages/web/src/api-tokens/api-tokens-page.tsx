import { permissionLabel } from "@parapet/core/labels";
import { type FormEvent, useCallback, useEffect, useState } from "react";
import { api } from "../api.js";
import { ErrorSummary, errorText } from "../shell/error-summary.js";
import { InputField, SelectField } from "../shell/form-fields.js";
import { usePageTitle } from "../shell/page-title.js";

interface ApiToken {
  id: string;
  name: string;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  expiresAt: string;
  owner: { id: string | null; name: string | null; active: boolean };
  state: "active" | "revoked" | "expired" | "owner_inactive";
}

/** How long a new token lasts: the server allows 1 to 365 days. */
const LIFETIMES = [
  { days: 30, label: "30 days" },
  { days: 90, label: "90 days" },
  { days: 180, label: "6 months" },
  { days: 365, label: "1 year" },
] as const;

const when = (iso: string | null) =>
  iso
    ? new Intl.DateTimeFormat("en-GB", {
        dateStyle: "medium",
        timeStyle: "short",
        timeZone: "Europe/London",
      }).format(new Date(iso))
    : "Never";

/** Tokens for integrations: scoped to actions, shown once, revocable. */
export function ApiTokensPage() {
  usePageTitle("API tokens");
  const [tokens, setTokens] = useState<ApiToken[]>([]);
  const [scopes, setScopes] = useState<string[]>([]);
  const [name, setName] = useState("");
  const [chosen, setChosen] = useState<string[]>([]);
  const [days, setDays] = useState(90);
  const [created, setCreated] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();

  const load = useCallback(() => {
    api<{ tokens: ApiToken[]; scopes: string[] }>("/api/v1/api-tokens").then(
      (reply) => {
        setTokens(reply.tokens);
        setScopes(reply.scopes);
      },
      (caught: unknown) => setError(errorText(caught)),
    );
  }, []);
  useEffect(load, [load]);

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      const reply = await api<{ token: string }>("/api/v1/api-tokens", {
        method: "POST",
        body: { name, scopes: chosen, expiresInDays: days },
      });
      setCreated(reply.token);
      setName("");
      setChosen([]);
      load();
    } catch (caught) {
      setError(errorText(caught));
    }
  }

  async function revoke(id: string) {
    try {
      await api(`/api/v1/api-tokens/${id}`, { method: "DELETE" });
      load();
    } catch (caught) {
      setError(errorText(caught));
    }
  }

  return (
    <>
      <h1>API tokens</h1>
      <ErrorSummary message={error} />
      {created && (
        <div className="nhsuk-inset-text">
          <p>Copy this token now: it is not shown again. Send it as `Authorization: Bearer …`.</p>
          <p>
            <code data-testid="new-token">{created}</code>
          </p>
        </div>
      )}
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption">Tokens</caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Name</th>
            <th scope="col">May</th>
            <th scope="col">Belongs to</th>
            <th scope="col">Last used</th>
            <th scope="col">Expires</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {tokens.map((token) => (
            <tr key={token.id} className="nhsuk-table__row">
              <td className="nhsuk-table__cell">{token.name}</td>
              <td className="nhsuk-table__cell">{token.scopes.map(permissionLabel).join("; ")}</td>
              <td className="nhsuk-table__cell">
                {token.owner.name ?? "Nobody (made before tokens had owners)"}
                {!token.owner.active && " (no longer active)"}
              </td>
              <td className="nhsuk-table__cell">{when(token.lastUsedAt)}</td>
              <td className="nhsuk-table__cell">{when(token.expiresAt)}</td>
              <td className="nhsuk-table__cell">
                {token.state === "revoked" ? (
                  `Revoked ${when(token.revokedAt)}`
                ) : token.state === "expired" ? (
                  "Expired"
                ) : token.state === "owner_inactive" ? (
                  "Stopped: the person it belongs to is no longer active"
                ) : (
                  <button
                    type="button"
                    className="nhsuk-button nhsuk-button--secondary"
                    onClick={() => void revoke(token.id)}
                  >
                    Revoke<span className="nhsuk-u-visually-hidden"> {token.name}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>Create a token</h2>
      <form onSubmit={create} noValidate>
        <InputField
          id="token-name"
          label="What it is for"
          type="text"
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <SelectField
          id="token-lifetime"
          label="How long it works"
          hint="It belongs to you: it stops when it expires, or if your account is deactivated."
          value={String(days)}
          onChange={(e) => setDays(Number(e.target.value))}
        >
          {LIFETIMES.map((l) => (
            <option key={l.days} value={l.days}>
              {l.label}
            </option>
          ))}
        </SelectField>
        <div className="nhsuk-form-group">
          <fieldset className="nhsuk-fieldset">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">What it may do</legend>
            <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
              {scopes.map((scope) => (
                <div className="nhsuk-checkboxes__item" key={scope}>
                  <input
                    className="nhsuk-checkboxes__input"
                    id={`scope-${scope}`}
                    type="checkbox"
                    checked={chosen.includes(scope)}
                    onChange={() =>
                      setChosen((c) => (c.includes(scope) ? c.filter((s) => s !== scope) : [...c, scope]))
                    }
                  />
                  <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`scope-${scope}`}>
                    {permissionLabel(scope)}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
        <button className="nhsuk-button" type="submit">
          Create token
        </button>
      </form>
    </>
  );
}
