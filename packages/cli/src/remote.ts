import { AppError } from "@parapet/core";

/**
 * Commands that touch the database can ask a running server instead (`--url`):
 * on PGlite the server holds the data directory, and no second process may open
 * it. The server is asked with an API token from PARAPET_API_TOKEN (or
 * `--token`, which other users of the machine can see in the process list).
 */
export interface RemoteOptions {
  url?: string;
  token?: string;
}

const TIMEOUT_MS = 120_000;

export async function askServer<T>(
  options: RemoteOptions & { url: string },
  path: string,
  init: { method?: "GET" | "POST"; scope: string },
): Promise<T> {
  const token = options.token ?? process.env.PARAPET_API_TOKEN;
  if (!token)
    throw new AppError(
      "validation",
      `--url needs an API token: set PARAPET_API_TOKEN to one scoped to ${init.scope} (an administrator makes it on the API tokens page)`,
    );
  let base: URL;
  try {
    base = new URL(options.url);
  } catch {
    throw new AppError("validation", `--url must be the server's address, such as http://127.0.0.1:8080`);
  }
  if (base.protocol !== "http:" && base.protocol !== "https:")
    throw new AppError("validation", `--url must start http:// or https://, not ${base.protocol}//`);
  const target = new URL(path, base);
  let response: Response;
  try {
    response = await fetch(target, {
      method: init.method ?? "GET",
      headers: { authorization: `Bearer ${token}`, accept: "application/json" },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new AppError("validation", `cannot reach Parapet at ${base.origin}: ${cause}`);
  }
  const body = (await response.json().catch(() => undefined)) as { error?: { message?: string } } | undefined;
  if (!response.ok)
    throw new AppError(
      "validation",
      `the server at ${base.origin} answered ${response.status}: ${body?.error?.message ?? "no explanation"}`,
    );
  return body as T;
}
