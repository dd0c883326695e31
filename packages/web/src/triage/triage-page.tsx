import type { TriageResult } from "@parapet/core/triage";
import { type FormEvent, useState } from "react";
import { ApiError, api } from "../api.js";
import { PackSelect } from "../check/pack-select.js";
import { usePack } from "../check/use-pack.js";
import { InputField, SelectField, TextareaField } from "../shell/form-fields.js";
import { usePageTitle } from "../shell/page-title.js";
import { useSession } from "../shell/session.js";
import { TriageReasonsText } from "./triage-reasons.js";

const CATEGORY_TEXT: Record<TriageResult["category"], string> = {
  crisis: "Crisis: someone may be at risk. Act now.",
  threat: "Threat of violence or harm. Act now.",
  subject_access: "Subject access or other data-rights request",
  foi: "Freedom of Information request",
  media: "Media enquiry",
  complaint: "Complaint or concern",
  clinical_question: "Clinical question (no medical advice in public)",
  pals: "Question for PALS",
  abuse: "Abuse with no request behind it",
  compliment: "Compliment",
  spam: "Spam or scam",
  general: "General",
};

const ROUTE_TEXT: Record<TriageResult["route"], string> = {
  crisis: "Crisis response (immediately)",
  security: "Security team (immediately)",
  information_governance: "Information governance",
  foi: "FOI team",
  press_office: "Press office",
  complaints: "Complaints",
  pals: "PALS",
  communications: "Communications team",
};

function formatDue(iso: string | null): string {
  if (!iso) return "No response deadline";
  return new Intl.DateTimeFormat("en-GB", {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: "Europe/London",
  }).format(new Date(iso));
}

/** "Try triage": one message through the same engine as the CLI and API; nothing is stored. */
export function TriagePage() {
  usePageTitle("Try triage");
  const { me } = useSession();
  const [packId, setPackId] = useState<string>(me?.organisation.packId ?? "nhs-core");
  const { packs } = usePack(packId);
  const [text, setText] = useState("");
  const [channel, setChannel] = useState("comment");
  const [receivedAt, setReceivedAt] = useState("");
  const [result, setResult] = useState<{ text: string; decision: TriageResult } | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === "") {
      setError("Enter the message you want to triage.");
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const body = {
        id: "try",
        text,
        channel,
        ...(receivedAt ? { receivedAt: new Date(receivedAt).toISOString() } : {}),
      };
      const decision = await api<TriageResult>(`/api/v1/triage?pack=${encodeURIComponent(packId)}`, {
        method: "POST",
        body,
      });
      setResult({ text, decision });
    } catch (e) {
      setError(e instanceof ApiError || e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const decision = result?.decision;
  const urgent = decision && (decision.urgency === "critical" || decision.urgency === "high");
  return (
    <>
      <h1>Try triage</h1>
      <p className="nhsuk-lede-text">
        Paste a message, comment or mention from the public to see what should happen next. Nothing is stored.
      </p>
      {error && (
        <div className="nhsuk-error-summary" role="alert" aria-labelledby="triage-error-title">
          <h2 className="nhsuk-error-summary__title" id="triage-error-title">
            There is a problem
          </h2>
          <p>{error}</p>
        </div>
      )}
      <form onSubmit={submit} noValidate>
        <PackSelect id="triage-pack" packs={packs} value={packId} onChange={setPackId} />
        <TextareaField
          id="triage-text-input"
          label="Message"
          labelSize="s"
          rows={5}
          maxLength={20_000}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <SelectField
          id="triage-channel"
          label="Where it arrived"
          value={channel}
          onChange={(e) => setChannel(e.target.value)}
        >
          <option value="comment">Comment</option>
          <option value="reply">Reply</option>
          <option value="mention">Mention</option>
          <option value="dm">Direct message</option>
          <option value="review">Review</option>
        </SelectField>
        <InputField
          id="triage-received"
          label="Received at (optional, your local time)"
          hint="Leave empty to use now."
          className="nhsuk-input--width-20"
          type="datetime-local"
          value={receivedAt}
          onChange={(e) => setReceivedAt(e.target.value)}
        />
        <button className="nhsuk-button" type="submit" disabled={busy}>
          {busy ? "Triaging…" : "Triage message"}
        </button>
      </form>
      {result && decision && (
        <section aria-labelledby="triage-result-title" aria-live="polite">
          <div className={`nhsuk-card ${urgent ? "nhsuk-card--care nhsuk-card--care--urgent" : ""}`}>
            <div className="nhsuk-card__content">
              <h2 className="nhsuk-card__heading" id="triage-result-title">
                {CATEGORY_TEXT[decision.category]}
              </h2>
              <dl className="nhsuk-summary-list">
                <div className="nhsuk-summary-list__row">
                  <dt className="nhsuk-summary-list__key">Category</dt>
                  <dd className="nhsuk-summary-list__value" data-testid="triage-category">
                    {decision.category}
                  </dd>
                </div>
                <div className="nhsuk-summary-list__row">
                  <dt className="nhsuk-summary-list__key">Urgency</dt>
                  <dd className="nhsuk-summary-list__value">{decision.urgency}</dd>
                </div>
                <div className="nhsuk-summary-list__row">
                  <dt className="nhsuk-summary-list__key">Route to</dt>
                  <dd className="nhsuk-summary-list__value">{ROUTE_TEXT[decision.route]}</dd>
                </div>
                <div className="nhsuk-summary-list__row">
                  <dt className="nhsuk-summary-list__key">Respond by</dt>
                  <dd className="nhsuk-summary-list__value" data-testid="triage-due">
                    {formatDue(decision.dueBy)}
                  </dd>
                </div>
                <div className="nhsuk-summary-list__row">
                  <dt className="nhsuk-summary-list__key">Flags</dt>
                  <dd className="nhsuk-summary-list__value">
                    {decision.flags.length ? decision.flags.join(", ") : "None"}
                  </dd>
                </div>
              </dl>
            </div>
          </div>
          <h3>Why</h3>
          <TriageReasonsText text={result.text} reasons={decision.reasons ?? []} />
          {decision.template && (
            <>
              <h3>Suggested response</h3>
              <div className="nhsuk-inset-text">
                <p data-testid="triage-template">{decision.template.text}</p>
                <p className="nhsuk-body-s">
                  Template {decision.template.id}, based on {decision.template.clause}
                </p>
              </div>
            </>
          )}
        </section>
      )}
    </>
  );
}
