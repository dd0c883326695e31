import {
  CONNECTABLE_PLATFORMS,
  type ConnectablePlatform,
  type ConnectionField,
  PLATFORM_CONNECTIONS,
} from "@parapet/core/inbox";
import { rolesAllow } from "@parapet/core/permissions";
import { Link } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { useApi, when } from "../accounts/accounts-api.js";
import { api } from "../api.js";
import { ErrorSummary, errorText } from "../shell/error-summary.js";
import { InputField, SelectField, TextareaField } from "../shell/form-fields.js";
import { usePageTitle } from "../shell/page-title.js";
import { useSession } from "../shell/session.js";

interface ConnectedAccount {
  id: string;
  platform: string;
  platformLabel: string;
  name: string;
  webhookPath: string | null;
  polls: boolean;
  lastPolledAt: string | null;
  pollProblem: string | null;
  rules: {
    repliesNeedApproval: boolean | null;
    autoHide: { words: string[]; links: boolean; abuse: boolean };
  };
}

/**
 * The organisation's connected platform accounts, for an administrator: how messages reach the
 * inbox from each, the account's own rules (a second person's approval of replies, RWT
 * Attachment 2 §4; what is hidden on arrival, TEWV Appendix 3), and connecting another. Secrets are
 * sent once and never shown again (docs/secrets.md).
 */
export function ConnectedAccountsPage() {
  usePageTitle("Connected accounts");
  const [key, setKey] = useState(0);
  const { value, error } = useApi<{ accounts: ConnectedAccount[] }>("/api/v1/inbox-accounts", key);
  const [notice, setNotice] = useState<string | undefined>();
  const { me } = useSession();
  const canManage = rolesAllow("inbox.accounts", me?.user.roles ?? []);
  return (
    <>
      <h1>Connected accounts</h1>
      <p className="nhsuk-lede-text">
        The platform accounts whose messages come into the <Link to="/inbox">inbox</Link>, and each one's
        rules.
      </p>
      <ErrorSummary message={error} />
      <div role="status">{notice && <p className="nhsuk-inset-text">{notice}</p>}</div>
      {value && value.accounts.length === 0 && (
        <p>
          No account is connected yet. Connect one below; for a platform Parapet cannot connect to, messages
          can be <Link to="/inbox/import">imported from its export</Link>.
        </p>
      )}
      {value?.accounts.map((account) => (
        <AccountCard
          key={account.id}
          account={account}
          canManage={canManage}
          onSaved={(text) => {
            setNotice(text);
            setKey((k) => k + 1);
          }}
        />
      ))}
      {canManage && (
        <ConnectForm
          onConnected={(name) => {
            setNotice(`${name} is connected.`);
            setKey((k) => k + 1);
          }}
        />
      )}
    </>
  );
}

function pollingText(account: ConnectedAccount): string | undefined {
  if (!account.polls) return undefined;
  return account.lastPolledAt
    ? `Parapet also asks the platform for new messages every few minutes; it last asked ${when(account.lastPolledAt)}.`
    : "Parapet also asks the platform for new messages every few minutes; it has not asked yet.";
}

/** The rules in words, for those who may see but not set them. */
function rulesText(rules: ConnectedAccount["rules"]): string[] {
  const { words, links, abuse } = rules.autoHide;
  return [
    rules.repliesNeedApproval === null
      ? "Replies need a second person's approval as the policy pack says."
      : rules.repliesNeedApproval
        ? "Replies always need a second person's approval."
        : "Replies can be sent without a second person.",
    words.length > 0
      ? `Hidden on arrival when they contain: ${words.join(", ")}.`
      : "No words are hidden on arrival.",
    ...(links ? ["Messages with a web link are hidden on arrival."] : []),
    ...(abuse ? ["Messages triage finds abusive are hidden on arrival."] : []),
  ];
}

function AccountCard(props: {
  account: ConnectedAccount;
  canManage: boolean;
  onSaved: (notice: string) => void;
}) {
  const { account, canManage, onSaved } = props;
  const id = `account-${account.platform}-${account.name.replace(/[^A-Za-z0-9]+/g, "-").toLowerCase()}`;
  const [approval, setApproval] = useState<"pack" | "yes" | "no">(
    account.rules.repliesNeedApproval === null ? "pack" : account.rules.repliesNeedApproval ? "yes" : "no",
  );
  const [words, setWords] = useState(account.rules.autoHide.words.join("\n"));
  const [links, setLinks] = useState(account.rules.autoHide.links);
  const [abuse, setAbuse] = useState(account.rules.autoHide.abuse);
  const [error, setError] = useState<string | undefined>();

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      await api(`/api/v1/inbox-accounts/${account.id}/rules`, {
        method: "PUT",
        body: {
          repliesNeedApproval: approval === "pack" ? null : approval === "yes",
          autoHide: {
            words: words
              .split("\n")
              .map((w) => w.trim())
              .filter(Boolean),
            links,
            abuse,
          },
        },
      });
      setError(undefined);
      onSaved(`The rules of ${account.name} are saved.`);
    } catch (caught) {
      setError(errorText(caught));
    }
  }

  return (
    <div className="nhsuk-card">
      <div className="nhsuk-card__content">
        <h2 className="nhsuk-card__heading nhsuk-heading-m">
          {account.name} <span className="nhsuk-caption-m">{account.platformLabel}</span>
        </h2>
        {account.webhookPath && (
          // The address is for copying into the platform's developer settings: a field, not prose.
          <InputField
            id={`${id}-webhook`}
            label="Webhook address"
            hint="Give this address to the platform, so it sends each new message to Parapet at once."
            value={`${window.location.origin}${account.webhookPath}`}
            readOnly
            onFocus={(e) => e.target.select()}
          />
        )}
        {pollingText(account) && <p>{pollingText(account)}</p>}
        {account.pollProblem && (
          <div className="nhsuk-warning-callout">
            <h3 className="nhsuk-warning-callout__label">The last attempt to read messages failed</h3>
            <p>{account.pollProblem}</p>
          </div>
        )}
        {!canManage && (
          <ul className="nhsuk-list nhsuk-list--bullet">
            {rulesText(account.rules).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        {canManage && <ErrorSummary message={error} />}
        {canManage && (
          <form onSubmit={(e) => void save(e)} noValidate>
            <SelectField
              id={`${id}-approval`}
              label="Replies from this account"
              value={approval}
              onChange={(e) => setApproval(e.target.value as typeof approval)}
            >
              <option value="pack">As the policy pack says</option>
              <option value="yes">Always need a second person's approval</option>
              <option value="no">Can be sent without a second person</option>
            </SelectField>
            <fieldset className="nhsuk-fieldset">
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Hide on arrival</legend>
              <div className="nhsuk-hint">
                Every automatic hide is recorded with evidence and can be undone in one click. A message
                triaged as a crisis is never hidden.
              </div>
              <TextareaField
                id={`${id}-words`}
                label="Words or phrases, one a line"
                rows={3}
                value={words}
                onChange={(e) => setWords(e.target.value)}
              />
              <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
                <div className="nhsuk-checkboxes__item">
                  <input
                    className="nhsuk-checkboxes__input"
                    id={`${id}-links`}
                    type="checkbox"
                    checked={links}
                    onChange={(e) => setLinks(e.target.checked)}
                  />
                  <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`${id}-links`}>
                    Messages with a web link (spam usually has one)
                  </label>
                </div>
                <div className="nhsuk-checkboxes__item">
                  <input
                    className="nhsuk-checkboxes__input"
                    id={`${id}-abuse`}
                    type="checkbox"
                    checked={abuse}
                    onChange={(e) => setAbuse(e.target.checked)}
                  />
                  <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`${id}-abuse`}>
                    Messages triage finds abusive
                  </label>
                </div>
              </div>
            </fieldset>
            <button type="submit" className="nhsuk-button nhsuk-button--secondary">
              Save the rules of {account.name}
            </button>
          </form>
        )}
      </div>
    </div>
  );
}

function SecretOrSetting(props: {
  id: string;
  field: ConnectionField;
  secret: boolean;
  value: string;
  onChange: (value: string) => void;
}) {
  const { id, field, secret, value, onChange } = props;
  return (
    <InputField
      id={id}
      label={field.required ? field.label : `${field.label} (optional)`}
      hint={field.hint}
      type={secret ? "password" : "text"}
      autoComplete={secret ? "new-password" : "off"}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}

function ConnectForm(props: { onConnected: (name: string) => void }) {
  const [platform, setPlatform] = useState<ConnectablePlatform>("facebook");
  const [name, setName] = useState("");
  const [accountId, setAccountId] = useState("");
  const [values, setValues] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | undefined>();
  const connection = PLATFORM_CONNECTIONS[platform];
  const filled = (field: ConnectionField) => (values[field.name] ?? "").trim() !== "";

  async function connect(event: FormEvent) {
    event.preventDefault();
    const missing = [
      ...(name.trim() ? [] : ["a name"]),
      ...(accountId.trim() ? [] : [connection.accountId.label.toLowerCase()]),
      ...[...connection.secrets, ...connection.settings]
        .filter((f) => f.required && !filled(f))
        .map((f) => f.label.toLowerCase()),
    ];
    if (missing.length > 0) {
      setError(`Give ${missing.join(", ")}.`);
      return;
    }
    const pick = (fields: readonly ConnectionField[]) =>
      Object.fromEntries(fields.filter(filled).map((f) => [f.name, (values[f.name] ?? "").trim()]));
    try {
      await api("/api/v1/inbox-accounts", {
        method: "POST",
        body: {
          platform,
          name: name.trim(),
          externalAccountId: accountId.trim(),
          secrets: pick(connection.secrets),
          settings: pick(connection.settings),
        },
      });
      setError(undefined);
      setName("");
      setAccountId("");
      setValues({});
      props.onConnected(name.trim());
    } catch (caught) {
      setError(errorText(caught));
    }
  }

  return (
    <form onSubmit={(e) => void connect(e)} noValidate>
      <h2>Connect an account</h2>
      <p className="nhsuk-body-s">
        The platform's developer settings give these values; docs/connectors.md in Parapet's source says where
        to find each. Secrets are stored encrypted and never shown again.
      </p>
      <ErrorSummary message={error} />
      <SelectField
        id="connect-platform"
        label="Platform"
        value={platform}
        onChange={(e) => {
          setPlatform(e.target.value as ConnectablePlatform);
          setValues({});
        }}
      >
        {CONNECTABLE_PLATFORMS.map((p) => (
          <option key={p} value={p}>
            {PLATFORM_CONNECTIONS[p].label}
          </option>
        ))}
      </SelectField>
      <InputField
        id="connect-name"
        label="Name"
        hint="How people will see it in Parapet, for example Trust Facebook Page."
        value={name}
        onChange={(e) => setName(e.target.value)}
        autoComplete="off"
      />
      <InputField
        id="connect-account-id"
        label={connection.accountId.label}
        hint={connection.accountId.hint}
        value={accountId}
        onChange={(e) => setAccountId(e.target.value)}
        autoComplete="off"
      />
      {connection.secrets.map((field) => (
        <SecretOrSetting
          key={`${platform}-${field.name}`}
          id={`connect-${field.name}`}
          field={field}
          secret
          value={values[field.name] ?? ""}
          onChange={(v) => setValues((all) => ({ ...all, [field.name]: v }))}
        />
      ))}
      {connection.settings.map((field) => (
        <SecretOrSetting
          key={`${platform}-${field.name}`}
          id={`connect-${field.name}`}
          field={field}
          secret={false}
          value={values[field.name] ?? ""}
          onChange={(v) => setValues((all) => ({ ...all, [field.name]: v }))}
        />
      ))}
      <button type="submit" className="nhsuk-button">
        Connect the account
      </button>
    </form>
  );
}
