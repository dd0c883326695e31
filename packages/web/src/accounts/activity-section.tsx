import { useState } from "react";
import { api } from "../api.js";
import { ErrorSummary, errorText } from "../shell/error-summary.js";
import { InputField, SelectField } from "../shell/form-fields.js";

/**
 * An account's activity, for dormancy (RWT Attachment 2 §3.4): the inbox account whose replies
 * count as its activity, and activity entered by hand for posts published outside Parapet.
 */
export function ActivitySection(props: {
  accountId: string;
  lastActivityOn: string | null;
  inboxAccount: string | null;
  inboxAccountChoices: { id: string; name: string }[];
  manages: boolean;
  onChange: () => void;
}) {
  const { accountId, lastActivityOn, inboxAccount, inboxAccountChoices, manages, onChange } = props;
  const [on, setOn] = useState("");
  const [error, setError] = useState<string | undefined>();
  async function send(method: "POST" | "PUT", path: string, body: object) {
    try {
      await api(`/api/v1/accounts/${accountId}/${path}`, { method, body });
      setError(undefined);
      onChange();
    } catch (caught) {
      setError(errorText(caught));
    }
  }
  const linked = inboxAccountChoices.find((c) => c.id === inboxAccount);
  return (
    <section aria-labelledby="activity-heading">
      <h2 id="activity-heading">Activity</h2>
      <ErrorSummary message={error} />
      <p>
        Last activity: {lastActivityOn ?? "none known"}.{" "}
        {linked ? `Replies sent from the inbox account ${linked.name} count.` : "No inbox account is linked."}
      </p>
      {manages && (
        <div className="nhsuk-grid-row">
          <SelectField
            id="inbox-account"
            label="Inbox account that is this account"
            groupClassName="nhsuk-grid-column-one-half"
            value={inboxAccount ?? ""}
            onChange={(e) => void send("PUT", "inbox-account", { inboxAccountId: e.target.value || null })}
          >
            <option value="">None</option>
            {inboxAccountChoices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectField>
          <div className="nhsuk-grid-column-one-half">
            <InputField
              id="activity-on"
              label="Record activity by hand"
              hint="The day of a post published outside Parapet"
              type="date"
              value={on}
              onChange={(e) => setOn(e.target.value)}
            />
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              disabled={!on}
              onClick={() => void send("POST", "activity", { on })}
            >
              Record activity
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
