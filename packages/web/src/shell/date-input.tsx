import type { ReactNode } from "react";

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const EMPTY_DATE: DateParts = { day: "", month: "", year: "" };

const PARTS = [
  { key: "day", label: "Day", width: 2 },
  { key: "month", label: "Month", width: 2 },
  { key: "year", label: "Year", width: 4 },
] as const;

/**
 * The NHS design system's date input: day, month and year in a fieldset, never the
 * browser's own picker (which shows mm/dd/yyyy to a British trust). The error links
 * to `${id}-day`, the first box.
 */
export function DateInput(props: {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  value: DateParts;
  onChange: (value: DateParts) => void;
}) {
  const { id, legend, hint, error, value, onChange } = props;
  const describedBy = [hint !== undefined && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ");
  return (
    <div className={`nhsuk-form-group${error ? " nhsuk-form-group--error" : ""}`}>
      <fieldset className="nhsuk-fieldset" aria-describedby={describedBy || undefined}>
        <legend className="nhsuk-fieldset__legend">{legend}</legend>
        {hint !== undefined && (
          <div className="nhsuk-hint" id={`${id}-hint`}>
            {hint}
          </div>
        )}
        {error && (
          <span className="nhsuk-error-message" id={`${id}-error`}>
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        )}
        <div className="nhsuk-date-input" id={id}>
          {PARTS.map((part) => (
            <div className="nhsuk-date-input__item" key={part.key}>
              <div className="nhsuk-form-group">
                <label className="nhsuk-label nhsuk-date-input__label" htmlFor={`${id}-${part.key}`}>
                  {part.label}
                </label>
                <input
                  className={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${part.width}${error ? " nhsuk-input--error" : ""}`}
                  id={`${id}-${part.key}`}
                  name={`${id}-${part.key}`}
                  type="text"
                  inputMode="numeric"
                  value={value[part.key]}
                  onChange={(e) => onChange({ ...value, [part.key]: e.target.value })}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/** Nothing entered in any of the three boxes. */
export function isEmptyDate(value: DateParts): boolean {
  return !value.day.trim() && !value.month.trim() && !value.year.trim();
}

/** What is wrong with a date and time, and which of the two fields it is about. */
export interface DateTimeProblem {
  field: "date" | "time";
  message: string;
}

/** The local date and time the parts name, or what is wrong with them. `time` is "HH:MM" (24-hour). */
export function localDateTime(value: DateParts, time: string): Date | DateTimeProblem {
  const [day, month, year] = [value.day, value.month, value.year].map((part) => part.trim());
  const date = (message: string): DateTimeProblem => ({ field: "date", message });
  if (!day || !month || !year) return date("Enter the day, the month and the year it arrived");
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year))
    return date("Enter the date as numbers, for example 27 3 2026");
  const clock = /^(\d{1,2})[:.](\d{2})$/.exec(time.trim());
  if (!clock) return { field: "time", message: "Enter the time it arrived, for example 14:30" };
  const [hours, minutes] = [Number(clock[1]), Number(clock[2])];
  if (hours > 23 || minutes > 59) return { field: "time", message: "Enter a real time, for example 14:30" };
  const at = new Date(Number(year), Number(month) - 1, Number(day), hours, minutes);
  if (at.getDate() !== Number(day) || at.getMonth() !== Number(month) - 1) return date("Enter a real date");
  return at;
}

/** The calendar date the parts name as YYYY-MM-DD, or what is wrong with them. */
export function calendarDate(value: DateParts): { iso: string } | { problem: string } {
  const [day, month, year] = [value.day, value.month, value.year].map((part) => part.trim());
  if (!day || !month || !year) return { problem: "Enter the day, the month and the year" };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year))
    return { problem: "Enter the date as numbers, for example 27 3 2026" };
  const at = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (at.getUTCDate() !== Number(day) || at.getUTCMonth() !== Number(month) - 1)
    return { problem: "Enter a real date" };
  return { iso: at.toISOString().slice(0, 10) };
}

const DAY = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

/** A YYYY-MM-DD date as people read it in a British trust ("3 Oct 2026"). */
export function dayLabel(iso: string): string {
  const at = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(at.getTime()) ? iso : DAY.format(at);
}
