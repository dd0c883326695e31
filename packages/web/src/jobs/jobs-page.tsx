import { useCallback, useEffect, useState } from "react";
import { api } from "../api.js";
import { ErrorSummary, errorText } from "../shell/error-summary.js";
import { SelectField } from "../shell/form-fields.js";
import { usePageTitle } from "../shell/page-title.js";

/** One job as GET /api/v1/jobs describes it; the id is for the retry call, never shown. */
interface Job {
  id: string;
  kindLabel: string;
  description: string | null;
  scopeLabel: string;
  state: "waiting" | "running" | "failing" | "dead" | "succeeded";
  stateLabel: string;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  nextRunAt: string | null;
  createdAt: string;
  finishedAt: string | null;
  canRetry: boolean;
}

interface Counts {
  waiting: number;
  running: number;
  failing: number;
  dead: number;
}

const VIEWS = [
  ["problems", "Failing or given up"],
  ["failing", "Failing, will try again"],
  ["dead", "Given up"],
  ["waiting", "Waiting to run"],
  ["running", "Running"],
  ["succeeded", "Done (the last week)"],
] as const;
type View = (typeof VIEWS)[number][0];

/** The design system's tag colour for each state. */
const TAG: Record<Job["state"], string> = {
  dead: "nhsuk-tag--red",
  failing: "nhsuk-tag--orange",
  running: "nhsuk-tag--blue",
  waiting: "nhsuk-tag--grey",
  succeeded: "nhsuk-tag--green",
};

const when = (iso: string | null) =>
  iso
    ? new Intl.DateTimeFormat("en-GB", {
        dateStyle: "medium",
        timeStyle: "short",
        timeZone: "Europe/London",
      }).format(new Date(iso))
    : "";

function nextOrLast(job: Job): string {
  if (job.state === "failing" || job.state === "waiting") return `Next try ${when(job.nextRunAt)}`;
  if (job.state === "running") return "Running now";
  return `${job.state === "dead" ? "Gave up" : "Finished"} ${when(job.finishedAt)}`;
}

/**
 * Background jobs (e-mails, platform calls, housekeeping) for administrators:
 * those failing and those that gave up, with what went wrong, and a way to send
 * them to run again.
 */
export function JobsPage() {
  usePageTitle("Background jobs");
  const [view, setView] = useState<View>("problems");
  const [jobs, setJobs] = useState<Job[] | undefined>();
  const [counts, setCounts] = useState<Counts | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | undefined>();

  const load = useCallback((current: View) => {
    api<{ jobs: Job[]; counts: Counts }>(`/api/v1/jobs?view=${current}`).then(
      (reply) => {
        setJobs(reply.jobs);
        setCounts(reply.counts);
        setError(undefined);
      },
      (caught: unknown) => setError(errorText(caught)),
    );
  }, []);
  useEffect(() => load(view), [view, load]);

  async function retry(job: Job) {
    try {
      await api(`/api/v1/jobs/${job.id}/retry`, { method: "POST" });
      setNotice(`Sent to run again: ${job.kindLabel}${job.description ? ` (${job.description})` : ""}.`);
      load(view);
    } catch (caught) {
      setError(errorText(caught));
    }
  }

  return (
    <>
      <h1>Background jobs</h1>
      <p className="nhsuk-lede-text">
        E-mails, calls to social media platforms and housekeeping run in the background. A job that fails is
        tried again on its own, waiting longer each time; one that keeps failing gives up and waits here for
        you.
      </p>
      <ErrorSummary message={error} />
      {notice && (
        <p className="nhsuk-inset-text" role="status">
          {notice}
        </p>
      )}
      {counts && (
        <dl className="nhsuk-summary-list">
          {(
            [
              ["Given up", counts.dead],
              ["Failing, will try again", counts.failing],
              ["Running", counts.running],
              ["Waiting to run", counts.waiting],
            ] as const
          ).map(([label, count]) => (
            <div className="nhsuk-summary-list__row" key={label}>
              <dt className="nhsuk-summary-list__key">{label}</dt>
              <dd className="nhsuk-summary-list__value">{count}</dd>
            </div>
          ))}
        </dl>
      )}
      <SelectField
        id="jobs-view"
        label="Show"
        value={view}
        onChange={(event) => setView(event.target.value as View)}
      >
        {VIEWS.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      {jobs && jobs.length === 0 && (
        <p>
          {view === "problems"
            ? "Nothing is failing: every job has run or is waiting for its turn."
            : "No jobs to show here."}
        </p>
      )}
      {jobs && jobs.length > 0 && (
        <table className="nhsuk-table">
          <caption className="nhsuk-table__caption">{VIEWS.find(([value]) => value === view)?.[1]}</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Job</th>
              <th scope="col">Status</th>
              <th scope="col">Tries</th>
              <th scope="col">What went wrong</th>
              <th scope="col">
                <span className="nhsuk-u-visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {jobs.map((job) => (
              <tr key={job.id} className="nhsuk-table__row">
                <td className="nhsuk-table__cell">
                  {job.kindLabel}
                  {job.description && <div className="nhsuk-body-s nhsuk-u-margin-0">{job.description}</div>}
                  <div className="nhsuk-body-s nhsuk-u-margin-0">
                    {job.scopeLabel}, added {when(job.createdAt)}
                  </div>
                </td>
                <td className="nhsuk-table__cell">
                  <strong className={`nhsuk-tag ${TAG[job.state]}`}>{job.stateLabel}</strong>
                  <div className="nhsuk-body-s nhsuk-u-margin-0">{nextOrLast(job)}</div>
                </td>
                <td className="nhsuk-table__cell">
                  {job.attempts} of {job.maxAttempts}
                </td>
                <td className="nhsuk-table__cell">{job.lastError ?? "Nothing"}</td>
                <td className="nhsuk-table__cell">
                  {job.canRetry && (
                    <button
                      type="button"
                      className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-0"
                      onClick={() => void retry(job)}
                    >
                      {job.state === "dead" ? "Try again" : "Try now"}
                      <span className="nhsuk-u-visually-hidden">: {job.kindLabel}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
