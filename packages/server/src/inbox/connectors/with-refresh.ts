import type { CallOptions, Connector, CredentialUpdate } from "./connector.js";
import type { ConnectorError, Result } from "./connector-error.js";

/**
 * Runs a connector call, and when it fails with a refreshable `token_expired`, refreshes once,
 * hands the new credentials to `store` (the secrets service, encrypted) and runs the call again.
 * Any other outcome, including a second expiry, is returned as it is for the worker to act on.
 */
export async function withRefresh<T>(
  connector: Connector,
  run: () => Promise<Result<T, ConnectorError>>,
  store: (update: CredentialUpdate) => Promise<void>,
  options: CallOptions = {},
): Promise<Result<T, ConnectorError>> {
  const first = await run();
  if (first.ok || first.error.kind !== "token_expired" || !first.error.refreshable || !connector.refresh)
    return first;
  const refreshed = await connector.refresh(options);
  if (!refreshed.ok) return refreshed;
  await store(refreshed.value);
  return run();
}
