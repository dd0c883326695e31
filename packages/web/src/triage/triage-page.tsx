import {
  ROUTE_LABELS,
  TRIAGE_CATEGORY_LABELS,
  TRIAGE_FLAG_LABELS,
  URGENCY_LABELS,
} from "@parapet/core/labels";
import type { TriageResult } from "@parapet/core/triage";
import { type FormEvent, useState } from "react";
import { api } from "../api.js";
import { PackSelect } from "../check/pack-select.js";
import { usePack } from "../check/use-pack.js";
import { DateInput, type DateParts, EMPTY_DATE, isEmptyDate, localDateTime } from "../shell/date-input.js";
import { ErrorSummary, errorText, type SummaryError } from "../shell/error-summary.js";
import { InputField, SelectField, TextareaField } from "../shell/form-fields.js";
import { usePageTitle } from "../shell/page-title.js";
import { useSession } from "../shell/session.js";
import { TriageReasonsText } from "./triage-reasons.js";

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
  const [receivedOn, setReceivedOn] = useState<DateParts>(EMPTY_DATE);
  const [receivedTime, setReceivedTime] = useState("");
  const [result, setResult] = useState<{ text: string; decision: TriageResult } | undefined>();
  const [fieldErrors, setFieldErrors] = useState<{ text?: string; date?: string; time?: string }>({});
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: { text?: string; date?: string; time?: string } = {};
    if (text.trim() === "") problems.text = "Enter the message you want to triage";
    const receivedAt =
      isEmptyDate(receivedOn) && receivedTime.trim() === ""
        ? undefined
        : localDateTime(receivedOn, receivedTime);
    if (receivedAt && !(receivedAt instanceof Date)) problems[receivedAt.field] = receivedAt.message;
    setFieldErrors(problems);
    setError(undefined);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    try {
      const body = {
        id: "try",
        text,
        channel,
        ...(receivedAt instanceof Date ? { receivedAt: receivedAt.toISOString() } : {}),
      };
      const decision = await api<TriageResult>(`/api/v1/triage?pack=${encodeURIComponent(packId)}`, {
        method: "POST",
        body,
      });
      setResult({ text, decision });
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const decision = result?.decision;
  const urgent = decision && (decision.urgency === "critical" || decision.urgency === "high");
  const summaryErrors: SummaryError[] = (
    [
      ["text", "#triage-text-input"],
      ["date", "#triage-received-day"],
      ["time", "#triage-received-time"],
    ] as const
  ).flatMap(([field, href]) => {
    const text = fieldErrors[field];
    return text ? [{ text, href }] : [];
  });
  return (
    <>
      <h1>Try triage</h1>
      <p className="nhsuk-lede-text">
        Paste a message, comment or mention from the public to see what should happen next. Nothing is stored.
      </p>
      <ErrorSummary message={error} errors={summaryErrors} />
      <form onSubmit={submit} noValidate>
        <PackSelect id="triage-pack" packs={packs} value={packId} onChange={setPackId} />
        <TextareaField
          id="triage-text-input"
          label="Message"
          labelSize="s"
          rows={5}
          maxLength={20_000}
          error={fieldErrors.text}
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
        <DateInput
          id="triage-received"
          legend="Date it arrived (optional)"
          hint="For example, 27 3 2026. Leave the date and time empty to use now."
          error={fieldErrors.date}
          value={receivedOn}
          onChange={setReceivedOn}
        />
        <InputField
          id="triage-received-time"
          label="Time it arrived (optional, your local time)"
          hint="24-hour clock, for example 14:30"
          className="nhsuk-input--width-5"
          type="text"
          inputMode="numeric"
          error={fieldErrors.time}
          value={receivedTime}
          onChange={(e) => setReceivedTime(e.target.value)}
        />
        <button className="nhsuk-button" type="submit" disabled={busy}>
          {busy ? "Triaging…" : "Triage message"}
        </button>
      </form>
      {result && decision && (
        <section aria-labelledby="triage-result-title" aria-live="polite">
          <div className={`nhsuk-card${urgent ? " nhsuk-card--care nhsuk-card--care--urgent" : ""}`}>
            {urgent && (
              <div className="nhsuk-card__heading-container">
                <h2 className="nhsuk-card__heading" id="triage-result-title">
                  <span className="nhsuk-u-visually-hidden">Urgent: </span>
                  {TRIAGE_CATEGORY_LABELS[decision.category]}
                  {decision.urgency === "critical" ? ". Act now." : ""}
                </h2>
                <span className="nhsuk-card--care__arrow" aria-hidden="true" />
              </div>
            )}
            <div className="nhsuk-card__content">
              {!urgent && (
                <h2 className="nhsuk-card__heading" id="triage-result-title">
                  {TRIAGE_CATEGORY_LABELS[decision.category]}
                </h2>
              )}
              <dl className="nhsuk-summary-list">
                <div className="nhsuk-summary-list__row">
                  <dt className="nhsuk-summary-list__key">Category</dt>
                  <dd className="nhsuk-summary-list__value" data-testid="triage-category">
                    {TRIAGE_CATEGORY_LABELS[decision.category]}
                  </dd>
                </div>
                <div className="nhsuk-summary-list__row">
                  <dt className="nhsuk-summary-list__key">Urgency</dt>
                  <dd className="nhsuk-summary-list__value" data-testid="triage-urgency">
                    {URGENCY_LABELS[decision.urgency]}
                  </dd>
                </div>
                <div className="nhsuk-summary-list__row">
                  <dt className="nhsuk-summary-list__key">Route to</dt>
                  <dd className="nhsuk-summary-list__value">{ROUTE_LABELS[decision.route]}</dd>
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
                    {decision.flags.length
                      ? decision.flags.map((f) => TRIAGE_FLAG_LABELS[f]).join(", ")
                      : "None"}
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
                <p className="nhsuk-body-s">Based on {decision.template.clause}</p>
              </div>
            </>
          )}
        </section>
      )}
    </>
  );
}
