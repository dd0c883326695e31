import {
  ACTOR_KIND_LABELS,
  AUDIT_ACTION_LABELS,
  AUDIT_ENTITY_LABELS,
  auditEntityLabel,
  ROLE_LABELS,
} from "@parapet/core/labels";
import { isRole } from "@parapet/core/roles";
import { type FormEvent, useCallback, useEffect, useState } from "react";
import { api } from "../api.js";
import type { Person } from "../people/people-api.js";
import { ErrorSummary, errorText } from "../shell/error-summary.js";
import { InputField, SelectField } from "../shell/form-fields.js";
import { usePageTitle } from "../shell/page-title.js";

interface AuditEvent {
  seq: number;
  occurredAt: string;
  actorKind: string;
  actorId: string | null;
  actorName: string | null;
  actorRoles: string[];
  action: string;
  entityType: string;
  entityId: string | null;
  summary: unknown;
  requestId: string | null;
  actionLabel: string;
  change: string[];
}

interface Filters {
  actorId: string;
  entityType: string;
  action: string;
  from: string;
  to: string;
}

/** Each filter field is a third of the row. */
const COLUMN = "nhsuk-grid-column-one-third";

const EMPTY: Filters = { actorId: "", entityType: "", action: "", from: "", to: "" };

function query(filters: Filters, before?: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  if (filters.to) params.set("to", new Date(new Date(filters.to).getTime() + 86_400_000).toISOString());
  if (before !== undefined) params.set("before", String(before));
  return params.toString();
}

const when = (iso: string) =>
  new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeStyle: "medium",
    timeZone: "Europe/London",
  }).format(new Date(iso));

/** The audit trail: who did what, when, filtered, with a CSV download and a chain check. */
export function AuditPage() {
  usePageTitle("Audit trail");
  const [people, setPeople] = useState<Person[]>([]);
  const [draft, setDraft] = useState<Filters>(EMPTY);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [events, setEvents] = useState<AuditEvent[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [verified, setVerified] = useState<string | undefined>();

  useEffect(() => {
    api<{ people: Person[] }>("/api/v1/people").then(
      (reply) => setPeople(reply.people),
      () => setPeople([]),
    );
  }, []);

  const load = useCallback((current: Filters, before?: number) => {
    api<{ events: AuditEvent[]; nextBefore: number | null }>(`/api/v1/audit?${query(current, before)}`).then(
      (reply) => {
        setEvents((shown) => (before === undefined ? reply.events : [...shown, ...reply.events]));
        setNext(reply.nextBefore);
        setError(undefined);
      },
      (caught: unknown) => setError(errorText(caught)),
    );
  }, []);
  useEffect(() => load(filters), [filters, load]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFilters(draft);
  };
  const verify = async () => {
    try {
      const result = await api<{
        ok: boolean;
        rows: number;
        brokenAt: number | null;
        reason: string | null;
        anchoredAt?: string | null;
      }>("/api/v1/audit/verify");
      const anchored = result.anchoredAt
        ? ` It matches the checkpoint written outside the database on ${when(result.anchoredAt)}.`
        : "";
      setVerified(
        result.ok
          ? `Your organisation's audit trail is intact: all ${result.rows} entries check out.${anchored}`
          : `Your organisation's audit trail has been altered${result.brokenAt !== null ? ` at entry ${result.brokenAt}` : ""}: ${result.reason}.`,
      );
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  const field = (key: keyof Filters) => ({
    id: `filter-${key}`,
    value: draft[key],
    onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value }),
  });

  return (
    <>
      <h1>Audit trail</h1>
      <ErrorSummary message={error} />
      <form onSubmit={submit} className="nhsuk-u-margin-bottom-5">
        <div className="nhsuk-grid-row">
          <SelectField label="Person" groupClassName={COLUMN} {...field("actorId")}>
            <option value="">Anyone</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}
              </option>
            ))}
          </SelectField>
          <SelectField label="Action" groupClassName={COLUMN} {...field("action")}>
            <option value="">Any action</option>
            {Object.entries(AUDIT_ACTION_LABELS).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </SelectField>
          <SelectField label="About" groupClassName={COLUMN} {...field("entityType")}>
            <option value="">Anything</option>
            {Object.entries(AUDIT_ENTITY_LABELS).map(([code, label]) => (
              <option key={code} value={code}>
                {label}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="nhsuk-grid-row">
          <InputField label="From date" groupClassName={COLUMN} type="date" {...field("from")} />
          <InputField label="To date" groupClassName={COLUMN} type="date" {...field("to")} />
        </div>
        <button className="nhsuk-button nhsuk-u-margin-right-3" type="submit">
          Filter
        </button>
        <a
          className="nhsuk-button nhsuk-button--secondary"
          href={`/api/v1/audit/export.csv?${query(filters)}`}
          download
        >
          Download CSV
        </a>
      </form>
      <p>
        <button className="nhsuk-button nhsuk-button--secondary" type="button" onClick={() => void verify()}>
          Check the trail has not been altered
        </button>
      </p>
      {verified && (
        <p className="nhsuk-inset-text" role="status">
          {verified}
        </p>
      )}
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption">Newest first</caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">About</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {events.map((event) => (
            <tr key={event.seq} className="nhsuk-table__row">
              <td className="nhsuk-table__cell">{when(event.occurredAt)}</td>
              <td className="nhsuk-table__cell">
                {event.actorName ??
                  (event.actorKind === "user"
                    ? "Unknown person"
                    : (ACTOR_KIND_LABELS[event.actorKind] ?? "Parapet"))}
                {event.actorRoles.length > 0 && (
                  <span className="nhsuk-body-s">
                    {" "}
                    ({event.actorRoles.map((r) => (isRole(r) ? ROLE_LABELS[r] : r)).join(", ")})
                  </span>
                )}
              </td>
              <td className="nhsuk-table__cell">{event.actionLabel}</td>
              <td className="nhsuk-table__cell">{auditEntityLabel(event.entityType)}</td>
              <td className="nhsuk-table__cell">
                {event.change.length === 0 ? (
                  "–"
                ) : (
                  <ul className="nhsuk-list nhsuk-body-s nhsuk-u-margin-bottom-0">
                    {event.change.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {events.length === 0 && <p>No entries match these filters.</p>}
      {next !== null && (
        <button
          className="nhsuk-button nhsuk-button--secondary"
          type="button"
          onClick={() => load(filters, next)}
        >
          Show older entries
        </button>
      )}
    </>
  );
}
