import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

/** What every field has: an id the label points at, optional hint and error message (nhsuk-frontend). */
export interface FieldProps {
  id: string;
  label: ReactNode;
  /** A bold ("s") label, for the field a page is about. */
  labelSize?: "s" | undefined;
  hint?: ReactNode | undefined;
  error?: string | undefined;
  /** Classes on the form group besides `nhsuk-form-group`, e.g. a grid column. */
  groupClassName?: string | undefined;
}

function classes(...names: Array<string | false | undefined>): string {
  return names.filter(Boolean).join(" ");
}

/** The hint and error ids the control is described by, as nhsuk-frontend names them. */
function describedBy({ id, hint, error }: FieldProps): string | undefined {
  return classes(hint !== undefined && `${id}-hint`, error && `${id}-error`) || undefined;
}

/** Label, hint and error message around one control, in nhsuk-frontend markup. */
function FormGroup(props: FieldProps & { children: ReactNode }) {
  const { id, label, labelSize, hint, error, groupClassName, children } = props;
  return (
    <div className={classes(groupClassName, "nhsuk-form-group", error && "nhsuk-form-group--error")}>
      <label className={classes("nhsuk-label", labelSize && `nhsuk-label--${labelSize}`)} htmlFor={id}>
        {label}
      </label>
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
      {children}
    </div>
  );
}

function split<T extends FieldProps>(props: T): [FieldProps, Omit<T, keyof FieldProps>] {
  const { id, label, labelSize, hint, error, groupClassName, ...control } = props;
  return [{ id, label, labelSize, hint, error, groupClassName }, control];
}

export function InputField(props: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, "id">) {
  const [field, { className, ...input }] = split(props);
  return (
    <FormGroup {...field}>
      <input
        {...input}
        id={field.id}
        className={classes("nhsuk-input", field.error && "nhsuk-input--error", className)}
        aria-describedby={describedBy(field)}
      />
    </FormGroup>
  );
}

export function SelectField(props: FieldProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id">) {
  const [field, { className, ...select }] = split(props);
  return (
    <FormGroup {...field}>
      <select
        {...select}
        id={field.id}
        className={classes("nhsuk-select", field.error && "nhsuk-select--error", className)}
        aria-describedby={describedBy(field)}
      />
    </FormGroup>
  );
}

export function TextareaField(props: FieldProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id">) {
  const [field, { className, ...textarea }] = split(props);
  return (
    <FormGroup {...field}>
      <textarea
        {...textarea}
        id={field.id}
        className={classes("nhsuk-textarea", field.error && "nhsuk-textarea--error", className)}
        aria-describedby={describedBy(field)}
      />
    </FormGroup>
  );
}
