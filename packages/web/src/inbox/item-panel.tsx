import { useState } from "react";
import { api } from "../api.js";
import { errorText } from "../shell/error-summary.js";
import { TextareaField } from "../shell/form-fields.js";
import { MarkedText } from "../shell/marked-text.js";
import { dueText, formatTime, type ItemDetail } from "./inbox-api.js";

/** One message: its text with triage's reasons highlighted, its deadline, what to do, and its history. */
export function ItemPanel(props: {
  item: ItemDetail;
  now: number;
  onChanged: () => void;
  onError: (message: string | undefined) => void;
}) {
  const { item, now } = props;
  // The page gives each message its own panel (key), so the draft starts afresh from its template.
  const [reply, setReply] = useState(item.template?.text ?? "");
  const [notice, setNotice] = useState<string | undefined>();

  const act = (path: string, body: unknown, done: string) => {
    props.onError(undefined);
    api(`/api/v1/inbox/${item.id}/${path}`, { method: "POST", body }).then(
      () => {
        setNotice(done);
        props.onChanged();
      },
      (e: unknown) => props.onError(errorText(e)),
    );
  };
  const marks = item.reasons
    .filter((r) => r.end > r.start)
    .map((r) => ({ start: r.start, end: r.end, className: "parapet-mark", title: r.label, label: r.label }));

  return (
    <section aria-labelledby="inbox-detail-heading" data-testid="inbox-detail">
      <h2 id="inbox-detail-heading" className="nhsuk-heading-m">
        {item.categoryLabel}
      </h2>
      <p className="nhsuk-body-s">
        {item.platformLabel} {item.channelLabel.toLowerCase()}
        {item.accountName ? ` to ${item.accountName}` : ""} from{" "}
        {item.author.name ?? item.author.handle ?? "someone"}, {formatTime(item.receivedAt)}.{" "}
        <strong>{dueText(item.dueBy, now)}</strong>. {item.statusLabel}
        {item.assignee ? `, with ${item.assignee.name}` : ""}. {item.moderationLabel}.
        {item.routeLabel ? ` Goes to: ${item.routeLabel}.` : ""}
      </p>
      {notice && (
        <div className="nhsuk-inset-text" role="status">
          <p>{notice}</p>
        </div>
      )}
      <div className="nhsuk-card">
        <div className="nhsuk-card__content">
          <MarkedText text={item.text} marks={marks} testId="inbox-text" />
        </div>
      </div>
      {item.reasons.length > 0 && (
        <>
          <h3 className="nhsuk-heading-s">Why Parapet thinks so</h3>
          <ul>
            {item.reasons.map((r) => (
              <li key={`${r.start}-${r.end}-${r.label}`}>
                {r.label}
                {r.text ? `: “${r.text}”` : ""}
              </li>
            ))}
          </ul>
        </>
      )}
      {item.flags.length > 0 && <p>Also: {item.flags.map((f) => f.label).join("; ")}.</p>}
      <div className="nhsuk-button-group">
        {item.can.acknowledge && (
          <button
            type="button"
            className="nhsuk-button nhsuk-button--warning"
            onClick={() => act("acknowledge", undefined, "Acknowledged: the team knows someone has it.")}
          >
            Acknowledge
          </button>
        )}
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() => act("assign", { assigneeId: "me" }, "Assigned to you.")}
        >
          Assign to me
        </button>
        {item.assignee && (
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => act("hand-back", undefined, "Handed back to the team.")}
          >
            Hand back
          </button>
        )}
        {item.can.hide && (
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => act("hide", {}, "Hidden; the evidence is kept.")}
          >
            Hide
          </button>
        )}
        {item.can.reinstate && (
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => act("reinstate", {}, "Reinstated; the evidence is kept.")}
          >
            Reinstate
          </button>
        )}
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() => act("status", { status: "done" }, "Marked done.")}
        >
          Mark done
        </button>
      </div>
      {item.can.reply && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            act("reply", { text: reply }, "Reply checked and sent to the platform.");
          }}
        >
          <TextareaField
            id="inbox-reply"
            label="Reply"
            hint={
              item.template
                ? `Starts from your policy's template (${item.template.clause}). It is checked before it is sent.`
                : "It is checked before it is sent."
            }
            value={reply}
            rows={5}
            onChange={(event) => setReply(event.target.value)}
          />
          <button type="submit" className="nhsuk-button">
            Send reply
          </button>
        </form>
      )}
      {item.replies.length > 0 && (
        <>
          <h3 className="nhsuk-heading-s">Replies</h3>
          <ul>
            {item.replies.map((r) => (
              <li key={r.at}>
                {formatTime(r.at)}: {r.statusLabel}
                {r.error ? ` (${r.error})` : ""}
              </li>
            ))}
          </ul>
        </>
      )}
      {item.evidence.length > 0 && (
        <>
          <h3 className="nhsuk-heading-s">Evidence kept</h3>
          <ul>
            {item.evidence.map((e) => (
              <li key={e.sha256}>
                {e.actionLabel} by {e.by}, {formatTime(e.at)} (SHA-256 {e.sha256.slice(0, 16)}…)
              </li>
            ))}
          </ul>
        </>
      )}
      <h3 className="nhsuk-heading-s">History</h3>
      <ol data-testid="inbox-history">
        {item.history.map((h, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the history only grows, in order
          <li key={i}>
            {formatTime(h.at)}: {h.label} ({h.by}){h.summary ? `: ${h.summary}` : ""}
          </li>
        ))}
      </ol>
    </section>
  );
}
