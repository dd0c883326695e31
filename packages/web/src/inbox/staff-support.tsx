import { useCallback, useEffect, useState } from "react";
import { api } from "../api.js";
import { errorText } from "../shell/error-summary.js";
import { InputField } from "../shell/form-fields.js";
import { formatTime } from "./inbox-api.js";

/** GET /api/v1/inbox/{id}/staff-support: the pack's steps, each with its clause, and which were taken. */
export interface StaffSupport {
  offered: boolean;
  clause: string | null;
  canRecord: boolean;
  steps: {
    step: string;
    label: string;
    clause: string;
    taken: { by: string; at: string; note: string | null } | null;
  }[];
}

/**
 * A message that names or targets a member of staff (TEWV CORP-0068 §4.6): the policy's steps
 * (ask the author to remove it, report it to the platform, tell the line manager so support is
 * offered…), and a record of which were taken, by whom and when.
 */
export function StaffSupportPanel(props: {
  itemId: string;
  onChanged: () => void;
  onError: (message: string | undefined) => void;
}) {
  const { itemId } = props;
  const [support, setSupport] = useState<StaffSupport | undefined>();
  const [note, setNote] = useState("");
  const load = useCallback(() => {
    api<StaffSupport>(`/api/v1/inbox/${itemId}/staff-support`).then(setSupport, () => undefined);
  }, [itemId]);
  useEffect(load, [load]);
  if (!support?.offered) return null;

  const record = (step: string) => {
    props.onError(undefined);
    const trimmed = note.trim();
    api<StaffSupport>(`/api/v1/inbox/${itemId}/staff-support/${step}`, {
      method: "POST",
      body: trimmed ? { note: trimmed } : {},
    }).then(
      (next) => {
        setSupport(next);
        setNote("");
        props.onChanged();
      },
      (e: unknown) => props.onError(errorText(e)),
    );
  };

  return (
    <section aria-labelledby="staff-support-heading" className="nhsuk-card" data-testid="staff-support">
      <div className="nhsuk-card__content">
        <h3 id="staff-support-heading" className="nhsuk-heading-s">
          A member of staff is named or targeted
        </h3>
        <p className="nhsuk-body-s">
          Your policy's steps ({support.clause}). Record each one you take; the record is kept with the
          message.
        </p>
        <ul className="nhsuk-list">
          {support.steps.map((s) => (
            <li key={s.step} data-testid="staff-step">
              <strong>{s.label}</strong>
              <span className="nhsuk-body-s" style={{ display: "block" }}>
                {s.clause}
              </span>
              {s.taken ? (
                <span style={{ display: "block" }}>
                  Done by {s.taken.by}, {formatTime(s.taken.at)}
                  {s.taken.note ? `: ${s.taken.note}` : ""}.
                </span>
              ) : support.canRecord ? (
                <button
                  type="button"
                  className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-2"
                  onClick={() => record(s.step)}
                >
                  Record as done: {s.label.toLowerCase()}
                </button>
              ) : (
                <span style={{ display: "block" }}>Not recorded yet.</span>
              )}
            </li>
          ))}
        </ul>
        {support.canRecord && support.steps.some((s) => !s.taken) && (
          <InputField
            id="staff-step-note"
            label="Note to keep with the next step you record (optional)"
            hint="For example, who you told and how. Do not write the member of staff's personal details here."
            value={note}
            maxLength={1000}
            onChange={(event) => setNote(event.target.value)}
          />
        )}
      </div>
    </section>
  );
}
