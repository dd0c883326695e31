import { useState } from "react";
import { api } from "../api.js";
import { ErrorSummary, errorText } from "./error-summary.js";
import { TextareaField } from "./form-fields.js";

/** What every CSV import answers: every bad row by line and reason, nothing done while any is bad. */
export interface CsvReport {
  dryRun: boolean;
  rows: number;
  errors: { line: number; reason: string }[];
}

/** "All 3 rows are good" (or "The one row is good"), for a dry run's summary. */
export function allRowsGood(rows: number): string {
  return rows === 1 ? "The one row is good" : `All ${rows} rows are good`;
}

/**
 * A CSV file chosen or pasted, checked first (a dry run that names every bad row by line), then
 * imported all or nothing. `summary` says in words what a report did or would do. `file` and
 * `body` let another kind of file (JSON Lines) or a request with more fields use the same steps.
 */
export function CsvUpload<R extends CsvReport>(props: {
  id: string;
  endpoint: string;
  what: string;
  columns: readonly string[];
  hint?: string;
  summary: (report: R) => string;
  onImported?: () => void;
  file?: { kind: string; accept: string };
  body?: (content: string, dryRun: boolean) => unknown;
}) {
  const { id, endpoint, what, columns, hint, summary, onImported } = props;
  const file = props.file ?? { kind: "CSV file", accept: ".csv,text/csv" };
  const bodyOf = props.body ?? ((csv: string, dryRun: boolean) => ({ csv, dryRun }));
  const [csv, setCsv] = useState("");
  const [report, setReport] = useState<R | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function send(dryRun: boolean) {
    setBusy(true);
    try {
      const answer = await api<R>(endpoint, { method: "POST", body: bodyOf(csv, dryRun) });
      setReport(answer);
      setError(undefined);
      if (!dryRun && answer.errors.length === 0) onImported?.();
    } catch (caught) {
      setReport(undefined);
      setError(errorText(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div>
      <ErrorSummary message={error} />
      <div className="nhsuk-form-group">
        <label className="nhsuk-label" htmlFor={`${id}-file`}>
          Choose a {file.kind} of {what}
        </label>
        <div className="nhsuk-hint" id={`${id}-file-hint`}>
          Columns: {columns.join(", ")}. {hint}
        </div>
        <input
          className="nhsuk-file-upload"
          id={`${id}-file`}
          type="file"
          accept={file.accept}
          aria-describedby={`${id}-file-hint`}
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (file) setCsv(await file.text());
            setReport(undefined);
          }}
        />
      </div>
      <TextareaField
        id={`${id}-text`}
        label="Or paste it here"
        rows={6}
        value={csv}
        onChange={(e) => {
          setCsv(e.target.value);
          setReport(undefined);
        }}
      />
      <div className="nhsuk-button-group">
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          disabled={busy || csv.trim() === ""}
          onClick={() => void send(true)}
        >
          Check the file
        </button>
        <button
          type="button"
          className="nhsuk-button"
          disabled={busy || csv.trim() === "" || report === undefined || report.errors.length > 0}
          onClick={() => void send(false)}
        >
          Import
        </button>
      </div>
      {report && (
        <div role="status" className={report.errors.length > 0 ? "nhsuk-error-summary" : "nhsuk-inset-text"}>
          {report.errors.length > 0 ? (
            <>
              <h3 className="nhsuk-error-summary__title">
                Nothing was imported: {report.errors.length}{" "}
                {report.errors.length === 1 ? "row needs" : "rows need"} fixing
              </h3>
              <ul className="nhsuk-list nhsuk-error-summary__list">
                {report.errors.map((e) => (
                  <li key={`${e.line}-${e.reason}`}>
                    Line {e.line}: {e.reason}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{summary(report)}</p>
          )}
        </div>
      )}
    </div>
  );
}
