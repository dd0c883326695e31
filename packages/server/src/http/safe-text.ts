import { z } from "zod";

// NUL cannot be stored in PostgreSQL text, other C0 controls have no business in a
// name, and a lone surrogate would be silently replaced on the way in: refuse them
// (a 400 naming the field) rather than store something other than what was sent.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isStorableText(value: string): boolean {
  return !CONTROL.test(value) && !LONE_SURROGATE.test(value);
}

/**
 * A single-line text field with length limits, stored exactly as sent: never trimmed
 * or otherwise changed behind the caller's back. Text that is only spaces counts as
 * empty, so a required field cannot be filled with blanks.
 */
export function safeText(options: { min?: number; max: number }) {
  const min = options.min ?? 1;
  return z
    .string()
    .max(options.max)
    .refine(
      (value) => value.trim().length >= min,
      min === 1 ? "must not be empty" : `must have at least ${min} characters`,
    )
    .refine(isStorableText, "must not contain control characters or broken Unicode");
}

export const emailSchema = safeText({ min: 3, max: 254 })
  .refine((value) => value === value.trim(), "must not start or end with a space")
  .pipe(z.email("must be an email address"));

export const idParamSchema = z.object({ id: z.string().max(100) });
