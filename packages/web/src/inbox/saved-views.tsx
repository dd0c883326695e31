import { TRIAGE_CATEGORY_LABELS, URGENCY_LABELS } from "@parapet/core/labels";
import { useCallback, useEffect, useState } from "react";
import { api } from "../api.js";
import { errorText } from "../shell/error-summary.js";
import { InputField, SelectField } from "../shell/form-fields.js";

/** The queue's filters as GET /api/v1/inbox takes them (the codes stay in the query string). */
export type Filters = Partial<Record<"status" | "urgency" | "category" | "assignee", string>>;

export interface SavedView {
  id: string;
  name: string;
  filters: Filters;
}

const STATUS_OPTIONS: readonly [string, string][] = [
  ["new", "New"],
  ["assigned", "Assigned"],
  ["waiting", "Waiting for a reply"],
  ["done", "Done"],
];
const ASSIGNEE_OPTIONS: readonly [string, string][] = [
  ["me", "Me"],
  ["none", "Nobody"],
];

/** The filters over the queue, and the person's own saved views of them (save, apply, delete). */
export function QueueFilters(props: {
  filters: Filters;
  onChange: (filters: Filters) => void;
  onError: (message: string | undefined) => void;
  onNotice: (message: string) => void;
}) {
  const { filters } = props;
  const [views, setViews] = useState<SavedView[]>([]);
  const [name, setName] = useState("");
  const loadViews = useCallback(() => {
    api<{ views: SavedView[] }>("/api/v1/inbox/views").then(
      (r) => setViews(r.views),
      (e: unknown) => props.onError(errorText(e)),
    );
  }, [props.onError]);
  useEffect(loadViews, [loadViews]);

  const set = (key: keyof Filters, value: string) => {
    const next = { ...filters };
    if (value) next[key] = value;
    else delete next[key];
    props.onChange(next);
  };
  const select = (key: keyof Filters, label: string, options: readonly [string, string][], any: string) => (
    <SelectField
      id={`inbox-filter-${key}`}
      label={label}
      value={filters[key] ?? ""}
      onChange={(event) => set(key, event.target.value)}
    >
      <option value="">{any}</option>
      {options.map(([value, text]) => (
        <option key={value} value={value}>
          {text}
        </option>
      ))}
    </SelectField>
  );
  const save = () => {
    props.onError(undefined);
    api<SavedView>("/api/v1/inbox/views", { method: "POST", body: { name: name.trim(), filters } }).then(
      (view) => {
        setName("");
        loadViews();
        props.onNotice(`Saved the view “${view.name}”.`);
      },
      (e: unknown) => props.onError(errorText(e)),
    );
  };
  const remove = (view: SavedView) => {
    props.onError(undefined);
    api(`/api/v1/inbox/views/${view.id}`, { method: "DELETE" }).then(
      () => {
        loadViews();
        props.onNotice(`Deleted the view “${view.name}”.`);
      },
      (e: unknown) => props.onError(errorText(e)),
    );
  };

  return (
    <details className="nhsuk-details" open={views.length > 0 || Object.keys(filters).length > 0}>
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">Filters and saved views</span>
      </summary>
      <div className="nhsuk-details__text" data-testid="inbox-filters">
        {select("status", "Status", STATUS_OPTIONS, "Any status")}
        {select("urgency", "Urgency", Object.entries(URGENCY_LABELS), "Any urgency")}
        {select("category", "Category", Object.entries(TRIAGE_CATEGORY_LABELS), "Any category")}
        {select("assignee", "Assigned to", ASSIGNEE_OPTIONS, "Anyone")}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <InputField
            id="inbox-view-name"
            label="Save these filters as"
            hint="Only you see your saved views. The same name again replaces that view."
            value={name}
            maxLength={80}
            onChange={(event) => setName(event.target.value)}
          />
          <button type="submit" className="nhsuk-button nhsuk-button--secondary" disabled={!name.trim()}>
            Save view
          </button>
        </form>
        {views.length > 0 && (
          <>
            <h3 className="nhsuk-heading-xs">Your saved views</h3>
            <ul className="nhsuk-list" data-testid="inbox-views">
              {views.map((view) => (
                <li key={view.id}>
                  <button
                    type="button"
                    className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-1"
                    onClick={() => {
                      props.onChange(view.filters);
                      props.onNotice(`Showing the view “${view.name}”.`);
                    }}
                  >
                    Show {view.name}
                  </button>{" "}
                  <button
                    type="button"
                    className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-1"
                    onClick={() => remove(view)}
                  >
                    Delete {view.name}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </details>
  );
}
