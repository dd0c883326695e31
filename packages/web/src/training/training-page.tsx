import { TRAINING_CSV_COLUMNS } from "@parapet/core/accounts";
import { rolesAllow } from "@parapet/core/permissions";
import { useState } from "react";
import { useApi } from "../accounts/accounts-api.js";
import { api } from "../api.js";
import { allRowsGood, CsvUpload } from "../shell/csv-upload.js";
import { calendarDate, DateInput, dayLabel, EMPTY_DATE } from "../shell/date-input.js";
import { ErrorSummary, errorText } from "../shell/error-summary.js";
import { SelectField } from "../shell/form-fields.js";
import { usePageTitle } from "../shell/page-title.js";
import { useSession } from "../shell/session.js";

/** What the training API answers (docs/accounts.md, "Training"); ids are for calls, never shown. */
interface ModuleStatus {
  moduleId: string;
  label: string;
  clause: string;
  required: boolean;
  stateLabel: string;
  state: string;
  completedOn: string | null;
  expiresOn: string | null;
}
interface Standing {
  approvedUser: boolean;
  reasons: string[];
  modules: ModuleStatus[];
}
interface Records {
  clause: string;
  modules: { id: string; label: string; clause: string; required: boolean; validMonths: number | null }[];
  people: (Standing & { id: string; name: string; email: string; jobTitle: string | null })[];
}

const TAG: Record<string, string> = {
  in_date: "nhsuk-tag--green",
  expiring: "nhsuk-tag--yellow",
  expired: "nhsuk-tag--red",
  missing: "nhsuk-tag--grey",
};

function StateTag({ module }: { module: ModuleStatus }) {
  return <strong className={`nhsuk-tag ${TAG[module.state] ?? ""}`}>{module.stateLabel}</strong>;
}

function ModuleTable({ modules, caption }: { modules: ModuleStatus[]; caption: string }) {
  return (
    <table className="nhsuk-table">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{caption}</caption>
      <thead className="nhsuk-table__head">
        <tr>
          <th scope="col">Module</th>
          <th scope="col">Status</th>
          <th scope="col">Completed</th>
          <th scope="col">Expires</th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {modules.map((m) => (
          <tr key={m.moduleId}>
            <td>
              {m.label}
              {m.required ? " (required)" : ""}
              <div className="nhsuk-hint nhsuk-u-margin-bottom-0">{m.clause}</div>
            </td>
            <td>
              <StateTag module={m} />
            </td>
            <td>{m.completedOn ? dayLabel(m.completedOn) : ""}</td>
            <td>{m.expiresOn ? dayLabel(m.expiresOn) : m.completedOn ? "Does not expire" : ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Training (CORP-0068 §3.2 and §7.2; RWT Attachment 2 §3.4): one's own modules, and for those who
 * keep the records, everyone's standing, a completion recorded by hand, or a workforce export.
 */
export function TrainingPage() {
  usePageTitle("Training");
  const { me } = useSession();
  const roles = me?.user.roles ?? [];
  const [key, setKey] = useState(0);
  const mine = useApi<Standing & { clause: string }>("/api/v1/training/me", key);
  const mayRead = rolesAllow("training.read", roles);
  const mayManage = rolesAllow("training.manage", roles);
  const records = useApi<Records>(mayRead ? "/api/v1/training" : undefined, key);
  const [onlyNotApproved, setOnlyNotApproved] = useState(false);
  const people = (records.value?.people ?? []).filter((p) => !onlyNotApproved || !p.approvedUser);
  const required = records.value?.modules.filter((m) => m.required) ?? [];
  return (
    <>
      <h1>Training</h1>
      <p className="nhsuk-lede-text">
        Only approved users, trained and in date, may be an account's admins or send replies from the
        organisation's accounts.
      </p>
      <h2>Your training</h2>
      <ErrorSummary message={mine.error} />
      {mine.value && (
        <>
          {mine.value.approvedUser ? (
            <div className="nhsuk-inset-text">
              <p>You are an approved user ({mine.value.clause}).</p>
            </div>
          ) : (
            <div className="nhsuk-warning-callout">
              <h3 className="nhsuk-warning-callout__label">You are not an approved user yet</h3>
              <ul>
                {mine.value.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </div>
          )}
          <ModuleTable modules={mine.value.modules} caption="Your training modules" />
        </>
      )}
      {mayRead && (
        <>
          <h2>Everyone's training</h2>
          <ErrorSummary message={records.error} />
          <div className="nhsuk-checkboxes nhsuk-form-group">
            <div className="nhsuk-checkboxes__item">
              <input
                className="nhsuk-checkboxes__input"
                id="only-not-approved"
                type="checkbox"
                checked={onlyNotApproved}
                onChange={(e) => setOnlyNotApproved(e.target.checked)}
              />
              <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="only-not-approved">
                Only people who are not approved users
              </label>
            </div>
          </div>
          {records.value && (
            <table className="nhsuk-table">
              <caption className="nhsuk-table__caption">{people.length} people</caption>
              <thead className="nhsuk-table__head">
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Approved user</th>
                  {required.map((m) => (
                    <th key={m.id} scope="col">
                      {m.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {people.map((p) => (
                  <tr key={p.id}>
                    <td>
                      {p.name}
                      {p.jobTitle ? (
                        <div className="nhsuk-hint nhsuk-u-margin-bottom-0">{p.jobTitle}</div>
                      ) : null}
                    </td>
                    <td>{p.approvedUser ? "Yes" : "No"}</td>
                    {required.map((r) => {
                      const m = p.modules.find((x) => x.moduleId === r.id);
                      return (
                        <td key={r.id}>
                          {m && <StateTag module={m} />}
                          {m?.expiresOn ? ` until ${dayLabel(m.expiresOn)}` : ""}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      {mayManage && records.value && (
        <>
          <RecordCompletion records={records.value} onRecorded={() => setKey((k) => k + 1)} />
          <h2>Import completions</h2>
          <CsvUpload<{
            dryRun: boolean;
            rows: number;
            imported: number;
            errors: { line: number; reason: string }[];
          }>
            id="training-import"
            endpoint="/api/v1/training/import"
            what="completions"
            columns={TRAINING_CSV_COLUMNS}
            hint="A module by its name as shown above; dates as YYYY-MM-DD. A completion already recorded is not recorded twice."
            summary={(r) =>
              r.dryRun
                ? `${allRowsGood(r.rows)}: choose Import to record them.`
                : `Imported ${r.imported} completions (${r.rows - r.imported} were recorded already).`
            }
            onImported={() => setKey((k) => k + 1)}
          />
        </>
      )}
    </>
  );
}

function RecordCompletion({ records, onRecorded }: { records: Records; onRecorded: () => void }) {
  const [userId, setUserId] = useState("");
  const [moduleId, setModuleId] = useState("");
  const [completedOn, setCompletedOn] = useState(EMPTY_DATE);
  const [dateError, setDateError] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  async function record() {
    const date = calendarDate(completedOn);
    if ("problem" in date) {
      setDone(undefined);
      setDateError(date.problem);
      setError(date.problem);
      return;
    }
    setDateError(undefined);
    try {
      await api("/api/v1/training/completions", {
        method: "POST",
        body: { userId, moduleId, completedOn: date.iso },
      });
      const person = records.people.find((p) => p.id === userId)?.name ?? "";
      const module = records.modules.find((m) => m.id === moduleId)?.label ?? "";
      setDone(`Recorded: ${person} completed ${module} on ${dayLabel(date.iso)}.`);
      setError(undefined);
      onRecorded();
    } catch (caught) {
      setDone(undefined);
      setError(errorText(caught));
    }
  }
  return (
    <>
      <h2>Record a completion</h2>
      <ErrorSummary message={error} />
      {done && (
        <div className="nhsuk-inset-text" role="status">
          <p>{done}</p>
        </div>
      )}
      <SelectField
        id="record-person"
        label="Person"
        value={userId}
        onChange={(e) => setUserId(e.target.value)}
      >
        <option value="">Choose a person</option>
        {records.people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="record-module"
        label="Module"
        value={moduleId}
        onChange={(e) => setModuleId(e.target.value)}
      >
        <option value="">Choose a module</option>
        {records.modules.map((m) => (
          <option key={m.id} value={m.id}>
            {m.label}
          </option>
        ))}
      </SelectField>
      <DateInput
        id="record-date"
        legend="Completed on"
        hint="For example, 30 11 2026"
        error={dateError}
        value={completedOn}
        onChange={setCompletedOn}
      />
      <button
        type="button"
        className="nhsuk-button"
        disabled={!userId || !moduleId}
        onClick={() => void record()}
      >
        Record completion
      </button>
    </>
  );
}
