import { rolesAllow } from "@parapet/core/permissions";
import { ROLE_LABELS, type Role } from "@parapet/core/roles";
import { useCallback, useEffect, useState } from "react";
import { api } from "../api.js";
import { ErrorSummary, errorText } from "../shell/error-summary.js";
import { usePageTitle } from "../shell/page-title.js";
import { useSession } from "../shell/session.js";
import { InviteForm, RoleCheckboxes } from "./invite-form.js";
import type { Person } from "./people-api.js";

/** Administrators invite people, set roles and deactivate; governance leads export and anonymise. */
export function PeoplePage() {
  usePageTitle("People");
  const { me } = useSession();
  const [people, setPeople] = useState<Person[]>([]);
  const [error, setError] = useState<string | undefined>();
  const [editing, setEditing] = useState<{ id: string; roles: Role[] } | undefined>();
  const roles = me?.user.roles ?? [];
  const isAdmin = rolesAllow("people.manage", roles);
  const mayExport = rolesAllow("people.export", roles);
  const mayAnonymise = rolesAllow("people.anonymise", roles);
  // Someone who may only look (HR) gets no Actions column rather than an empty one.
  const hasActions = isAdmin || mayExport || mayAnonymise;

  const load = useCallback(() => {
    api<{ people: Person[] }>("/api/v1/people").then(
      (reply) => setPeople(reply.people),
      (caught: unknown) => setError(errorText(caught)),
    );
  }, []);
  useEffect(load, [load]);

  async function act(path: string, init: { method: string; body?: unknown }) {
    setError(undefined);
    try {
      await api(path, init);
      setEditing(undefined);
      load();
    } catch (caught) {
      setError(errorText(caught));
    }
  }

  return (
    <>
      <h1>People</h1>
      <ErrorSummary message={error} />
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption">Everyone in {me?.organisation.name}</caption>
        <thead className="nhsuk-table__head">
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Roles</th>
            <th scope="col">Status</th>
            {hasActions && <th scope="col">Actions</th>}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {people.map((person) => (
            <tr key={person.id} className="nhsuk-table__row">
              <td className="nhsuk-table__cell">
                {person.displayName}
                <br />
                <span className="nhsuk-body-s">{person.email}</span>
              </td>
              <td className="nhsuk-table__cell">
                {editing?.id === person.id ? (
                  <form
                    onSubmit={(event) => {
                      event.preventDefault();
                      void act(`/api/v1/people/${person.id}/roles`, {
                        method: "PUT",
                        body: { roles: editing.roles },
                      });
                    }}
                  >
                    <RoleCheckboxes
                      legend={`Roles for ${person.displayName}`}
                      idPrefix={`roles-${person.id}`}
                      roles={editing.roles}
                      onToggle={(role) =>
                        setEditing({
                          id: person.id,
                          roles: editing.roles.includes(role)
                            ? editing.roles.filter((r) => r !== role)
                            : [...editing.roles, role],
                        })
                      }
                    />
                    <button className="nhsuk-button nhsuk-button--secondary" type="submit">
                      Save roles
                    </button>
                  </form>
                ) : (
                  person.roles.map((role) => ROLE_LABELS[role]).join(", ") || "None"
                )}
              </td>
              <td className="nhsuk-table__cell">
                {person.anonymised
                  ? "Anonymised"
                  : person.status === "active"
                    ? person.hasPassword
                      ? "Active"
                      : "Invited"
                    : "Deactivated"}
              </td>
              {hasActions && (
                <td className="nhsuk-table__cell">
                  <ul className="nhsuk-list">
                    {isAdmin && !person.anonymised && editing?.id !== person.id && (
                      <li>
                        <button
                          type="button"
                          className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-1"
                          onClick={() => setEditing({ id: person.id, roles: person.roles })}
                        >
                          Change roles
                          <span className="nhsuk-u-visually-hidden"> for {person.displayName}</span>
                        </button>
                      </li>
                    )}
                    {isAdmin && !person.anonymised && person.id !== me?.user.id && (
                      <li>
                        <button
                          type="button"
                          className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-1"
                          onClick={() =>
                            void act(
                              `/api/v1/people/${person.id}/${person.status === "active" ? "deactivate" : "reactivate"}`,
                              { method: "POST" },
                            )
                          }
                        >
                          {person.status === "active" ? "Deactivate" : "Reactivate"}
                          <span className="nhsuk-u-visually-hidden"> {person.displayName}</span>
                        </button>
                      </li>
                    )}
                    {mayExport && (
                      <li>
                        <a href={`/api/v1/people/${person.id}/export`} download>
                          Export their data
                          <span className="nhsuk-u-visually-hidden"> for {person.displayName}</span>
                        </a>
                      </li>
                    )}
                    {mayAnonymise && person.status === "deactivated" && !person.anonymised && (
                      <li>
                        <button
                          type="button"
                          className="nhsuk-button nhsuk-button--warning nhsuk-u-margin-bottom-1"
                          onClick={() =>
                            void act(`/api/v1/people/${person.id}/anonymise`, { method: "POST" })
                          }
                        >
                          Anonymise<span className="nhsuk-u-visually-hidden"> {person.displayName}</span>
                        </button>
                      </li>
                    )}
                  </ul>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {isAdmin && <InviteForm onInvited={load} />}
    </>
  );
}
