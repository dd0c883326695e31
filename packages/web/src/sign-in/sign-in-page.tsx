import { type FormEvent, useEffect, useRef, useState } from "react";
import { ApiError } from "../api.js";
import { usePageTitle } from "../shell/page-title.js";
import { useSession } from "../shell/session.js";

interface FieldErrors {
  email?: string;
  password?: string;
  form?: string;
}

function validate(email: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  if (!email.trim()) errors.email = "Enter your email address";
  else if (!email.includes("@"))
    errors.email = "Enter an email address in the correct format, like name@example.nhs.uk";
  if (!password) errors.password = "Enter your password";
  return errors;
}

export function SignInPage() {
  usePageTitle("Sign in");
  const { signIn } = useSession();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const hasErrors = Object.keys(errors).length > 0;

  useEffect(() => {
    if (hasErrors) summaryRef.current?.focus();
  }, [hasErrors]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const found = validate(email, password);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      await signIn(email, password);
    } catch (error) {
      setErrors({ form: error instanceof ApiError ? error.message : "Sign-in failed. Try again." });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {hasErrors && (
          <div
            className="nhsuk-error-summary"
            aria-labelledby="error-summary-title"
            role="alert"
            tabIndex={-1}
            ref={summaryRef}
          >
            <h2 className="nhsuk-error-summary__title" id="error-summary-title">
              There is a problem
            </h2>
            <div className="nhsuk-error-summary__body">
              <ul className="nhsuk-list nhsuk-error-summary__list">
                {errors.form && <li>{errors.form}</li>}
                {errors.email && (
                  <li>
                    <a href="#email">{errors.email}</a>
                  </li>
                )}
                {errors.password && (
                  <li>
                    <a href="#password">{errors.password}</a>
                  </li>
                )}
              </ul>
            </div>
          </div>
        )}
        <h1>Sign in to Parapet</h1>
        <form onSubmit={onSubmit} noValidate>
          <div className={`nhsuk-form-group${errors.email ? " nhsuk-form-group--error" : ""}`}>
            <label className="nhsuk-label" htmlFor="email">
              Email address
            </label>
            {errors.email && (
              <span className="nhsuk-error-message" id="email-error">
                <span className="nhsuk-u-visually-hidden">Error:</span> {errors.email}
              </span>
            )}
            <input
              className={`nhsuk-input${errors.email ? " nhsuk-input--error" : ""}`}
              id="email"
              name="email"
              type="email"
              autoComplete="username"
              spellCheck={false}
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              aria-describedby={errors.email ? "email-error" : undefined}
            />
          </div>
          <div className={`nhsuk-form-group${errors.password ? " nhsuk-form-group--error" : ""}`}>
            <label className="nhsuk-label" htmlFor="password">
              Password
            </label>
            {errors.password && (
              <span className="nhsuk-error-message" id="password-error">
                <span className="nhsuk-u-visually-hidden">Error:</span> {errors.password}
              </span>
            )}
            <input
              className={`nhsuk-input${errors.password ? " nhsuk-input--error" : ""}`}
              id="password"
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              aria-describedby={errors.password ? "password-error" : undefined}
            />
          </div>
          <button className="nhsuk-button" type="submit" disabled={busy}>
            {busy ? "Signing in…" : "Sign in"}
          </button>
        </form>
      </div>
    </div>
  );
}
