import {
  type AccountRequestForm,
  checkAccountCriteria,
  EMPTY_REQUEST_FORM,
  PRESENCE_LABELS,
  PRESENCE_TYPES,
  type PresenceType,
} from "@parapet/core/accounts";
import { PLATFORM_LABELS } from "@parapet/core/labels";
import { useNavigate } from "@tanstack/react-router";
import { type ReactNode, useEffect, useState } from "react";
import { api } from "../api.js";
import { ErrorSummary, errorText } from "../shell/error-summary.js";
import { InputField, SelectField, TextareaField } from "../shell/form-fields.js";
import { usePageTitle } from "../shell/page-title.js";
import { useSession } from "../shell/session.js";
import { type Colleague, type RequestDetail, type Rules, useApi, useIdParam } from "./accounts-api.js";

function Checkbox(props: { id: string; label: ReactNode; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <div className="nhsuk-checkboxes__item">
      <input
        className="nhsuk-checkboxes__input"
        id={props.id}
        type="checkbox"
        checked={props.checked}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={props.id}>
        {props.label}
      </label>
    </div>
  );
}

/** The pack's criteria, checked as the form is filled in, each with its clause. */
export function CriteriaList({ form, rules }: { form: AccountRequestForm; rules: Rules }) {
  const results = checkAccountCriteria(form, rules.criteria);
  return (
    <section aria-labelledby="criteria-heading" aria-live="polite">
      <h2 id="criteria-heading" className="nhsuk-heading-m">
        Your policy's criteria
      </h2>
      <ul className="nhsuk-list" data-testid="criteria">
        {results.map((r) => (
          <li key={r.id}>
            <strong className={`nhsuk-tag ${r.met ? "nhsuk-tag--green" : "nhsuk-tag--orange"}`}>
              {r.met ? "Met" : "Not met yet"}
            </strong>{" "}
            {r.message} <span className="nhsuk-hint nhsuk-u-font-size-16">({r.clause})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The account request form (EPUT CPG58 Appendix 1 and the other policies' additions): the
 * criteria are checked as you type; saving keeps a draft, submitting sends it to your line manager.
 */
export function RequestFormPage() {
  usePageTitle("Request an account");
  const { me } = useSession();
  const editId = useIdParam();
  const navigate = useNavigate();
  const rules = useApi<Rules>("/api/v1/accounts/rules");
  const people = useApi<{ people: Colleague[] }>("/api/v1/accounts/people");
  const existing = useApi<RequestDetail>(editId ? `/api/v1/account-requests/${editId}` : undefined);
  const [form, setForm] = useState<AccountRequestForm>(EMPTY_REQUEST_FORM);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    if (existing.value) setForm(existing.value.form);
  }, [existing.value]);
  const set = <K extends keyof AccountRequestForm>(key: K, value: AccountRequestForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const text = (key: keyof AccountRequestForm) => ({
    value: String(form[key] ?? ""),
    onChange: (e: { target: { value: string } }) => set(key, e.target.value as never),
  });
  const colleagues = (people.value?.people ?? []).filter((p) => p.id !== me?.user.id);

  async function save(submit: boolean) {
    try {
      const { id } = editId
        ? await api<{ id: string }>(`/api/v1/account-requests/${editId}`, { method: "PUT", body: form })
        : await api<{ id: string }>("/api/v1/account-requests", { method: "POST", body: form });
      if (submit)
        await api(`/api/v1/account-requests/${id}/steps`, { method: "POST", body: { event: "submit" } });
      await navigate({ to: "/accounts/request", search: { id } } as never);
    } catch (caught) {
      setError(errorText(caught));
    }
  }

  return (
    <>
      <h1>Request an account</h1>
      <p className="nhsuk-lede-text">
        Ask for an official or team account. Your line manager endorses it, the communications team reviews it
        and {rules.value ? `the ${rules.value.approver.title}` : "the approver"} decides.
      </p>
      <ErrorSummary message={error ?? rules.error ?? people.error ?? existing.error} />
      {rules.value && <CriteriaList form={form} rules={rules.value} />}
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save(true);
        }}
      >
        <InputField id="service" label="Service or team" {...text("service")} />
        <TextareaField id="purpose" label="Purpose" rows={3} {...text("purpose")} />
        <TextareaField id="objectives" label="Objectives" rows={3} {...text("objectives")} />
        <InputField id="audience" label="Audience" hint="Who the account is for" {...text("audience")} />
        <SelectField
          id="platform"
          label="Platform"
          value={form.platform}
          onChange={(e) => set("platform", e.target.value as AccountRequestForm["platform"])}
        >
          {Object.entries(PLATFORM_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <InputField id="proposed-name" label="Proposed name" {...text("proposedName")} />
        <InputField
          id="handle"
          label="Proposed handle"
          hint="For example @FenmoorPodiatry"
          {...text("handle")}
        />
        <SelectField
          id="presence"
          label="Page, group or account"
          value={form.presence}
          onChange={(e) => set("presence", e.target.value as PresenceType)}
        >
          {PRESENCE_TYPES.map((p) => (
            <option key={p} value={p}>
              {PRESENCE_LABELS[p]}
            </option>
          ))}
        </SelectField>
        <TextareaField id="content-plan" label="Content plan" rows={3} {...text("contentPlan")} />
        <InputField
          id="posts-per-week"
          label="Posts a week"
          inputMode="numeric"
          className="nhsuk-input--width-4"
          value={String(form.postsPerWeek)}
          onChange={(e) =>
            set("postsPerWeek", Math.max(0, Math.min(1000, Number.parseInt(e.target.value, 10) || 0)))
          }
        />
        <fieldset className="nhsuk-fieldset nhsuk-form-group">
          <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">Approved users</legend>
          <div className="nhsuk-hint">The people who will post on it and manage it</div>
          <div className="nhsuk-checkboxes">
            {(people.value?.people ?? []).map((p) => (
              <Checkbox
                key={p.id}
                id={`approved-${p.id}`}
                label={p.name}
                checked={form.approvedUserIds.includes(p.id)}
                onChange={(on) =>
                  set(
                    "approvedUserIds",
                    on ? [...form.approvedUserIds, p.id] : form.approvedUserIds.filter((x) => x !== p.id),
                  )
                }
              />
            ))}
          </div>
        </fieldset>
        <div className="nhsuk-form-group nhsuk-checkboxes">
          <Checkbox
            id="approved-trained"
            label="The approved users have done the communications team's training"
            checked={form.approvedUsersTrained}
            onChange={(v) => set("approvedUsersTrained", v)}
          />
        </div>
        <TextareaField
          id="moderation-plan"
          label="Moderation plan"
          hint="Who moderates it, and when"
          rows={3}
          {...text("moderationPlan")}
        />
        <div className="nhsuk-form-group nhsuk-checkboxes">
          <Checkbox
            id="weekdays"
            label="It is moderated every weekday, Monday to Friday"
            checked={form.moderatedEveryWeekday}
            onChange={(v) => set("moderatedEveryWeekday", v)}
          />
          <Checkbox
            id="foi"
            label="The team can recognise a Freedom of Information request"
            checked={form.foiTrained}
            onChange={(v) => set("foiTrained", v)}
          />
        </div>
        <InputField id="cover" label="Cover when they are away" {...text("cover")} />
        <TextareaField id="resources" label="Resources" rows={2} {...text("resources")} />
        <TextareaField id="success" label="How success is measured" rows={2} {...text("successMeasures")} />
        <SelectField
          id="line-manager"
          label="Your line manager"
          hint={rules.value ? `Endorses the request (${rules.value.endorser.clause})` : undefined}
          value={form.lineManagerId ?? ""}
          onChange={(e) => set("lineManagerId", e.target.value || null)}
        >
          <option value="">Choose your line manager</option>
          {colleagues
            .filter((p) => p.lineManager)
            .map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
        </SelectField>
        <div className="nhsuk-button-group">
          <button className="nhsuk-button" type="submit">
            Submit for endorsement
          </button>
          <button
            className="nhsuk-button nhsuk-button--secondary"
            type="button"
            onClick={() => void save(false)}
          >
            Save as a draft
          </button>
        </div>
      </form>
    </>
  );
}
