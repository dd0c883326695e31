import { type FormEvent, useState } from "react";
import { ApiError } from "../api.js";
import { ErrorSummary } from "../shell/error-summary.js";
import { InputField } from "../shell/form-fields.js";
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
        <ErrorSummary
          errors={[
            ...(errors.form ? [{ text: errors.form }] : []),
            ...(errors.email ? [{ text: errors.email, href: "#email" }] : []),
            ...(errors.password ? [{ text: errors.password, href: "#password" }] : []),
          ]}
        />
        <h1>Sign in to Parapet</h1>
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
          <button className="nhsuk-button" type="submit" disabled={busy}>
            {busy ? "Signing in…" : "Sign in"}
          </button>
        </form>
      </div>
    </div>
  );
}
