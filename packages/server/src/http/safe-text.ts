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

/** A single-line text field with length limits, safe to store exactly as sent. */
export function safeText(options: { min?: number; max: number }) {
  return z
    .string()
    .trim()
    .min(options.min ?? 1)
    .max(options.max)
    .refine(isStorableText, "must not contain control characters or broken Unicode");
}

export const emailSchema = safeText({ min: 3, max: 254 }).pipe(z.email("must be an email address"));

export const idParamSchema = z.object({ id: z.string().max(100) });
