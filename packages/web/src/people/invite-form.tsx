import { ROLE_LABELS, ROLES, type Role } from "@parapet/core/roles";
import { type FormEvent, useState } from "react";
import { api } from "../api.js";
import { ErrorSummary, errorText } from "../shell/error-summary.js";
import { InputField } from "../shell/form-fields.js";
import type { Invited } from "./people-api.js";

/** Invite a person: they get a one-time link to set their own password. */
export function InviteForm({ onInvited }: { onInvited: () => void }) {
  const [email, setEmail] = useState("");
  const [displayName, setDisplayName] = useState("");
  const [jobTitle, setJobTitle] = useState("");
  const [roles, setRoles] = useState<Role[]>(["staff"]);
  const [error, setError] = useState<string | undefined>();
  const [invited, setInvited] = useState<{ name: string; email: string; link: string | null } | undefined>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      const result = await api<Invited>("/api/v1/people/invitations", {
        method: "POST",
        body: { email, displayName, ...(jobTitle.trim() ? { jobTitle } : {}), roles },
      });
      setInvited({
        name: displayName,
        email,
        link: result.setPasswordPath ? `${window.location.origin}${result.setPasswordPath}` : null,
      });
      setEmail("");
      setDisplayName("");
      setJobTitle("");
      onInvited();
    } catch (caught) {
      setError(errorText(caught));
    }
  }

  const toggle = (role: Role) =>
    setRoles((current) => (current.includes(role) ? current.filter((r) => r !== role) : [...current, role]));

  return (
    <>
      <h2>Invite someone</h2>
      <ErrorSummary message={error} />
      {invited?.link === null && (
        <div className="nhsuk-inset-text" data-testid="invitation-emailed">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            {invited.name} is invited. We have e-mailed them at {invited.email} a link to set their password.
            It works once, for 7 days.
          </p>
        </div>
      )}
      {invited?.link && (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            {invited.name} is invited. E-mail is not set up on this installation, so send them this link to
            set their password yourself. It works once, for 7 days, and is not shown again:
          </p>
          <p>
            <code data-testid="invitation-link">{invited.link}</code>
          </p>
        </div>
      )}
      <form onSubmit={submit} noValidate>
        <InputField
          id="invite-email"
          label="Email address"
          type="email"
          autoComplete="off"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <InputField
          id="invite-name"
          label="Full name"
          type="text"
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
        />
        <InputField
          id="invite-job"
          label="Job title (optional)"
          type="text"
          value={jobTitle}
          onChange={(e) => setJobTitle(e.target.value)}
        />
        <RoleCheckboxes legend="Roles" idPrefix="invite-role" roles={roles} onToggle={toggle} />
        <button className="nhsuk-button" type="submit">
          Send invitation
        </button>
      </form>
    </>
  );
}

export function RoleCheckboxes(props: {
  legend: string;
  idPrefix: string;
  roles: readonly Role[];
  onToggle: (role: Role) => void;
}) {
  return (
    <div className="nhsuk-form-group">
      <fieldset className="nhsuk-fieldset">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{props.legend}</legend>
        <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
          {ROLES.map((role) => (
            <div className="nhsuk-checkboxes__item" key={role}>
              <input
                className="nhsuk-checkboxes__input"
                id={`${props.idPrefix}-${role}`}
                type="checkbox"
                checked={props.roles.includes(role)}
                onChange={() => props.onToggle(role)}
              />
              <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`${props.idPrefix}-${role}`}>
                {ROLE_LABELS[role]}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
