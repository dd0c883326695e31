import { type FormEvent, useEffect, useState } from "react";
import { ApiError, api } from "../api.js";
import { ErrorSummary } from "../shell/error-summary.js";
import { InputField } from "../shell/form-fields.js";
import { usePageTitle } from "../shell/page-title.js";
import { useSession } from "../shell/session.js";

interface FieldErrors {
  email?: string;
  password?: string;
  totp?: string;
  form?: string;
}

function validate(email: string, password: string, totp: string | undefined): FieldErrors {
  const errors: FieldErrors = {};
  if (!email.trim()) errors.email = "Enter your email address";
  else if (!email.includes("@"))
    errors.email = "Enter an email address in the correct format, like name@example.nhs.uk";
  if (!password) errors.password = "Enter your password";
  if (totp !== undefined && !/^\d{6}$/.test(totp.replace(/\s/g, "")))
    errors.totp = "Enter the 6-digit security code from your authenticator app";
  return errors;
}

/** The server asks for the second factor by naming it in the error's details. */
function asksForSecondFactor(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    (error.details as { secondFactor?: string } | undefined)?.secondFactor === "totp"
  );
}

export function SignInPage() {
  usePageTitle("Sign in");
  const { signIn } = useSession();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [organisation, setOrganisation] = useState("");
  // Undefined until the server says this person has a second factor.
  const [totp, setTotp] = useState<string | undefined>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [singleSignOn, setSingleSignOn] = useState(false);

  useEffect(() => {
    api<{ enabled: boolean }>("/api/v1/auth/oidc").then(
      (answer) => setSingleSignOn(answer.enabled),
      () => setSingleSignOn(false),
    );
  }, []);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = validate(email, password, totp);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await signIn(email, password, totp?.replace(/\s/g, ""), organisation.trim() || undefined);
    } catch (error) {
      if (asksForSecondFactor(error) && totp === undefined) {
        setTotp("");
        setErrors({});
      } else {
        setErrors({ form: error instanceof ApiError ? error.message : "Sign-in failed. Try again." });
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary
          errors={[
            ...(errors.form ? [{ text: errors.form }] : []),
            ...(errors.email ? [{ text: errors.email, href: "#email" }] : []),
            ...(errors.password ? [{ text: errors.password, href: "#password" }] : []),
            ...(errors.totp ? [{ text: errors.totp, href: "#totp" }] : []),
          ]}
        />
        <h1>Sign in to Parapet</h1>
        {singleSignOn && (
          <>
            <p>
              <a className="nhsuk-button nhsuk-button--secondary" href="/api/v1/auth/oidc/start">
                Sign in with your organisation account
              </a>
            </p>
            <p className="nhsuk-body">Or sign in with your Parapet email address and password.</p>
          </>
        )}
        <form onSubmit={onSubmit} noValidate>
          <InputField
            id="email"
            label="Email address"
            error={errors.email}
            name="email"
            type="email"
            autoComplete="username"
            spellCheck={false}
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
          <InputField
            id="password"
            label="Password"
            error={errors.password}
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
          <details className="nhsuk-details">
            <summary className="nhsuk-details__summary">
              <span className="nhsuk-details__summary-text">
                I work for more than one organisation on Parapet
              </span>
            </summary>
            <div className="nhsuk-details__text">
              <InputField
                id="organisation"
                label="Organisation's short name"
                hint="The short name your administrator gave you, such as fenmoor. Leave it empty to sign in to the organisation you joined first."
                name="organisation"
                type="text"
                autoComplete="organization"
                spellCheck={false}
                value={organisation}
                onChange={(event) => setOrganisation(event.target.value)}
              />
            </div>
          </details>
          {totp !== undefined && (
            <InputField
              id="totp"
              label="Security code"
              hint="The 6-digit code your authenticator app shows for Parapet."
              error={errors.totp}
              name="totp"
              inputMode="numeric"
              autoComplete="one-time-code"
              autoFocus
              value={totp}
              onChange={(event) => setTotp(event.target.value)}
            />
          )}
          <button className="nhsuk-button" type="submit" disabled={busy}>
            {busy ? "Signing in…" : "Sign in"}
          </button>
        </form>
      </div>
    </div>
  );
}
