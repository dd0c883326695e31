import { type FormEvent, useState } from "react";
import { ApiError, api } from "../api.js";
import { ErrorSummary } from "../shell/error-summary.js";
import { InputField } from "../shell/form-fields.js";
import { usePageTitle } from "../shell/page-title.js";

interface Setup {
  secret: string;
  uri: string;
}

/** Turns on two-step verification (a TOTP authenticator app) for the signed-in person. */
export function SecurityPage() {
  usePageTitle("Two-step verification");
  const [setup, setSetup] = useState<Setup | undefined>();
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function start() {
    setBusy(true);
    setError(undefined);
    try {
      setSetup(await api<Setup>("/api/v1/me/second-factor", { method: "POST" }));
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : "Could not start the set-up. Try again.");
    } finally {
      setBusy(false);
    }
  }

  async function confirm(event: FormEvent) {
    event.preventDefault();
    const digits = code.replace(/\s/g, "");
    if (!/^\d{6}$/.test(digits)) {
      setError("Enter the 6-digit code your authenticator app shows");
      return;
    }
    setBusy(true);
    try {
      await api("/api/v1/me/second-factor/confirm", { method: "POST", body: { code: digits } });
      setDone(true);
      setError(undefined);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : "That code did not work. Try the next one.");
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary errors={error ? [{ text: error, ...(setup ? { href: "#code" } : {}) }] : []} />
        <h1>Two-step verification</h1>
        {done ? (
          <div className="nhsuk-inset-text" role="status">
            <p>
              Two-step verification is on. Next time you sign in, Parapet will ask for the code from your
              authenticator app after your password.
            </p>
          </div>
        ) : !setup ? (
          <>
            <p>
              Add a second step to signing in: a 6-digit code from an authenticator app on your phone (for
              example Microsoft Authenticator). Someone who learns your password still cannot sign in as you.
            </p>
            <button type="button" className="nhsuk-button" onClick={() => void start()} disabled={busy}>
              Set up two-step verification
            </button>
          </>
        ) : (
          <>
            <ol className="nhsuk-list nhsuk-list--number">
              <li>In your authenticator app, choose to add an account by entering a key.</li>
              <li>
                Enter this key: <code className="app-nowrap">{setup.secret}</code>
              </li>
              <li>Enter the 6-digit code the app then shows.</li>
            </ol>
            <form onSubmit={confirm} noValidate>
              <InputField
                id="code"
                label="Code from your authenticator app"
                error={error}
                name="code"
                inputMode="numeric"
                autoComplete="one-time-code"
                value={code}
                onChange={(event) => setCode(event.target.value)}
              />
              <button className="nhsuk-button" type="submit" disabled={busy}>
                Turn on two-step verification
              </button>
            </form>
          </>
        )}
      </div>
    </div>
  );
}
