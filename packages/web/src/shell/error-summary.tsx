import { useEffect, useRef } from "react";

/** One problem in the summary; `href` links to the field it is about. */
export interface SummaryError {
  text: string;
  href?: string | undefined;
}

/**
 * The NHS design system's error summary, focused when it appears or its problems
 * change (WCAG 3.3.1). Give one `message`, or a list of `errors` linking to their fields.
 */
export function ErrorSummary(props: { message?: string | undefined; errors?: readonly SummaryError[] }) {
  const { message, errors } = props;
  const ref = useRef<HTMLDivElement>(null);
  const shown = errors && errors.length > 0 ? errors.map((e) => e.text).join("\n") : message;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);
  if (!shown) return null;
  return (
    <div
      className="nhsuk-error-summary"
      aria-labelledby="error-summary-title"
      role="alert"
      tabIndex={-1}
      ref={ref}
    >
      <h2 className="nhsuk-error-summary__title" id="error-summary-title">
        There is a problem
      </h2>
      <div className="nhsuk-error-summary__body">
        {errors && errors.length > 0 ? (
          <ul className="nhsuk-list nhsuk-error-summary__list">
            {errors.map((e) => (
              <li key={e.text}>{e.href ? <a href={e.href}>{e.text}</a> : e.text}</li>
            ))}
          </ul>
        ) : (
          <p>{message}</p>
        )}
      </div>
    </div>
  );
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : "Something went wrong. Try again.";
}
