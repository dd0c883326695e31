import { useEffect, useRef, useState } from "react";
import { api } from "../api.js";
import { errorText } from "../shell/error-summary.js";
import { TextareaField } from "../shell/form-fields.js";
import { MarkedText } from "../shell/marked-text.js";
import { dueText, formatTime, type ItemDetail, lookingText, type Presence } from "./inbox-api.js";
import { StaffSupportPanel } from "./staff-support.js";

/** The page says "I am still looking" this often; the server forgets a viewer after 45 seconds. */
const HEARTBEAT_MS = 15_000;
/** Typing renews the draft lock at most this often (it lapses after two minutes). */
const DRAFT_RENEW_MS = 30_000;

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
  const [presence, setPresence] = useState<Presence>({
    viewers: item.viewers,
    draftLockedBy: item.draftLockedBy,
  });
  const lastDraftMark = useRef(0);

  // Who is looking: a heartbeat while the message is open, and "left" when it closes.
  useEffect(() => {
    const mark = (state: "viewing" | "left") =>
      api<Presence>(`/api/v1/inbox/${item.id}/presence`, { method: "POST", body: { state } }).then(
        setPresence,
        () => undefined,
      );
    const timer = setInterval(() => mark("viewing"), HEARTBEAT_MS);
    return () => {
      clearInterval(timer);
      void mark("left");
    };
  }, [item.id]);

  const drafting = (text: string) => {
    setReply(text);
    if (Date.now() - lastDraftMark.current < DRAFT_RENEW_MS) return;
    lastDraftMark.current = Date.now();
    api<Presence>(`/api/v1/inbox/${item.id}/presence`, { method: "POST", body: { state: "drafting" } }).then(
      setPresence,
      (e: unknown) => props.onError(errorText(e)),
    );
  };
  const looking = lookingText(presence.viewers);

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
      {looking && (
        <p className="nhsuk-body-s" role="status" data-testid="inbox-looking">
          <strong>{looking}.</strong>
          {presence.draftLockedBy
            ? ` ${presence.draftLockedBy} is drafting a reply, so replies are locked for now.`
            : ""}
        </p>
      )}
      {item.escalationLabel && <p className="nhsuk-body-s">{item.escalationLabel}.</p>}
      {item.legalClock && (
        <div className="nhsuk-inset-text">
          <p>
            {item.legalClock.label}: by {formatTime(item.legalClock.dueBy)}.{" "}
            {item.legalClock.handedOffAt
              ? `Handed to the ${item.legalClock.team ?? "team"} ${formatTime(item.legalClock.handedOffAt)}.`
              : item.legalClock.team
                ? `Hand it to the ${item.legalClock.team}${item.legalClock.address ? ` (${item.legalClock.address})` : ""} (${item.legalClock.clause}).`
                : ""}
          </p>
        </div>
      )}
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
      <StaffSupportPanel itemId={item.id} onChanged={props.onChanged} onError={props.onError} />
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
        {item.can.unhide && (
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => act("unhide", {}, "Shown again; the evidence is kept.")}
          >
            Undo hide
          </button>
        )}
        {item.can.report && (
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => act("report", {}, "Reported to the platform; the evidence is kept.")}
          >
            Report to the platform
          </button>
        )}
        {item.can.block && (
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => act("block", {}, "The author is blocked; the evidence is kept.")}
          >
            Block the author
          </button>
        )}
        {item.can.handOff && (
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => act("hand-off", undefined, `Handed to the ${item.legalClock?.team ?? "team"}.`)}
          >
            Hand off to the {item.legalClock?.team ?? "team"}
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
            act(
              "reply",
              { text: reply },
              item.repliesNeedApproval
                ? "Reply checked. It waits for a second person to approve it before it is sent."
                : "Reply checked and sent to the platform.",
            );
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
            onChange={(event) => drafting(event.target.value)}
          />
          <button type="submit" className="nhsuk-button" disabled={presence.draftLockedBy !== null}>
            {item.repliesNeedApproval ? "Check and ask for approval" : "Send reply"}
          </button>
        </form>
      )}
      {item.replies.length > 0 && (
        <>
          <h3 className="nhsuk-heading-s">Replies</h3>
          <ul>
            {item.replies.map((r) => (
              <li key={r.id}>
                {formatTime(r.at)}, drafted by {r.draftedBy}: {r.statusLabel}
                {r.decidedBy ? ` (decided by ${r.decidedBy})` : ""}
                {r.error ? ` (${r.error})` : ""}
                {r.canDecide && (
                  <>
                    <p className="nhsuk-body-s">“{r.text}”</p>
                    <div className="nhsuk-button-group">
                      <button
                        type="button"
                        className="nhsuk-button"
                        onClick={() =>
                          act(`replies/${r.id}/approve`, undefined, "Approved: the reply is being sent.")
                        }
                      >
                        Approve and send
                      </button>
                      <button
                        type="button"
                        className="nhsuk-button nhsuk-button--secondary"
                        onClick={() =>
                          act(`replies/${r.id}/reject`, undefined, "Not approved: nothing was sent.")
                        }
                      >
                        Do not send
                      </button>
                    </div>
                  </>
                )}
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
                {e.automaticRule ?? `${e.actionLabel} by ${e.by}`}, {formatTime(e.at)} (SHA-256{" "}
                {e.sha256.slice(0, 16)}…)
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
