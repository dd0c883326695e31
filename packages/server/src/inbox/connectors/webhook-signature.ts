import { createHmac, timingSafeEqual } from "node:crypto";

/** HMAC-SHA256 of `data` under `secret`. */
export function hmacSha256(secret: string, data: Uint8Array | string): Buffer {
  return createHmac("sha256", secret).update(data).digest();
}

const HEX_SIGNATURE = /^sha256=([0-9a-fA-F]{64})$/;
const BASE64_SIGNATURE = /^sha256=([A-Za-z0-9+/]{43}=)$/;

/** One header value, or null when it is missing or sent more than once (never guess which one counts). */
export function singleHeader(
  headers: Readonly<Record<string, string | string[] | undefined>>,
  name: string,
): string | null {
  const value = headers[name] ?? headers[name.toLowerCase()];
  return typeof value === "string" ? value : null;
}

/**
 * Checks a `sha256=<hex>` signature (Meta's X-Hub-Signature-256) over the raw body, in constant
 * time once the header has the right shape.
 */
export function verifyHexSignature(secret: string, rawBody: Uint8Array, header: string | null): boolean {
  const match = header === null ? null : HEX_SIGNATURE.exec(header);
  if (!match?.[1] || secret.length === 0) return false;
  return timingSafeEqual(Buffer.from(match[1], "hex"), hmacSha256(secret, rawBody));
}

/** Checks a `sha256=<base64>` signature (X's x-twitter-webhooks-signature) over the raw body. */
export function verifyBase64Signature(secret: string, rawBody: Uint8Array, header: string | null): boolean {
  const match = header === null ? null : BASE64_SIGNATURE.exec(header);
  if (!match?.[1] || secret.length === 0) return false;
  const given = Buffer.from(match[1], "base64");
  if (given.length !== 32) return false;
  return timingSafeEqual(given, hmacSha256(secret, rawBody));
}

/** Compares two secrets (a verify token) without leaking where they differ. */
export function sameSecret(a: string, b: string): boolean {
  const left = hmacSha256("parapet-compare", a);
  const right = hmacSha256("parapet-compare", b);
  return timingSafeEqual(left, right) && a.length === b.length;
}
