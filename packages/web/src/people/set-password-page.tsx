import { Link } from "@tanstack/react-router";
import { type FormEvent, useState } from "react";
import { api } from "../api.js";
import { ErrorSummary, errorText } from "../shell/error-summary.js";
import { InputField } from "../shell/form-fields.js";
import { usePageTitle } from "../shell/page-title.js";

/**
 * Where an invitation link lands. The token is in the URL's fragment, so it is
 * never sent to the server in a request line or logged; the page posts it once.
 */
export function SetPasswordPage() {
  usePageTitle("Set your password");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState(false);
  const token = window.location.hash.slice(1);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      await api("/api/v1/auth/set-password", { method: "POST", body: { token, password } });
      setDone(true);
      window.history.replaceState(null, "", window.location.pathname);
    } catch (caught) {
      setError(errorText(caught));
    }
  }

  if (done)
    return (
      <>
        <h1>Your password is set</h1>
        <p>
          <Link to="/">Sign in to Parapet</Link>
        </p>
      </>
    );
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary message={error} />
        <h1>Set your password</h1>
        <form onSubmit={submit} noValidate>
          <InputField
            id="new-password"
            label="New password"
            hint="Use at least 12 characters. Three random words together make a strong password that is easy to remember. You will not be asked to change it unless it may have been seen by someone else."
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <button className="nhsuk-button" type="submit">
            Set password
          </button>
        </form>
      </div>
    </div>
  );
}
