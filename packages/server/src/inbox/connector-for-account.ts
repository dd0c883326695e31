import type { Deps } from "../create-deps.js";
import { PermanentJobError } from "../jobs/job-kind.js";
import { type Capabilities, type Connector, type ConnectorAction, supports } from "./connectors/connector.js";
import { FACEBOOK_CAPABILITIES } from "./connectors/facebook/facebook.connector.js";
import { CONNECTOR_FACTORIES } from "./connectors/index.js";
import { INSTAGRAM_CAPABILITIES } from "./connectors/instagram/instagram.connector.js";
import type { AccountRow } from "./inbox-accounts.repository.js";

/** Where each connected account's secrets are kept (docs/secrets.md): `<platform>:<external id>`. */
export function secretAccount(account: Pick<AccountRow, "platform" | "external_account_id">): string {
  return `${account.platform}:${account.external_account_id}`;
}

/** What the inbox can do through each wired platform (the connectors' own capabilities). */
const WIRED: Readonly<Record<string, Capabilities>> = {
  facebook: FACEBOOK_CAPABILITIES,
  instagram: INSTAGRAM_CAPABILITIES,
};

/** Whether Parapet can take this action on this platform and channel (what the UI offers). */
export function canAct(platform: string, action: ConnectorAction, channel: string): boolean {
  const capabilities = WIRED[platform];
  return capabilities ? supports(capabilities, action, channel as never) : false;
}

const DEFAULT_BASE_URLS: Readonly<Record<string, string>> = {
  facebook: "https://graph.facebook.com",
  instagram: "https://graph.facebook.com",
};

async function secret(deps: Pick<Deps, "db" | "secrets">, account: AccountRow, name: string) {
  const value = await deps.secrets.read(deps.db, {
    organisationId: account.organisation_id,
    account: secretAccount(account),
    name,
  });
  return value?.reveal();
}

/**
 * Builds the connector of a connected account from its settings and its encrypted secrets, read
 * at the point of use. Facebook and Instagram are wired so far; the other platforms' connectors
 * exist (connectors/) and are connected the same way.
 */
export async function connectorForAccount(
  deps: Pick<Deps, "db" | "secrets" | "clock">,
  account: AccountRow,
): Promise<Connector> {
  const settings = account.settings as { baseUrl?: string; graphVersion?: string; pageId?: string };
  const http = { baseUrl: settings.baseUrl ?? DEFAULT_BASE_URLS[account.platform] ?? "", clock: deps.clock };
  const appSecret = await secret(deps, account, "app_secret");
  const verifyToken = await secret(deps, account, "verify_token");
  const optional = {
    ...(appSecret ? { appSecret } : {}),
    ...(verifyToken ? { verifyToken } : {}),
    ...(settings.graphVersion ? { graphVersion: settings.graphVersion } : {}),
  };
  switch (account.platform) {
    case "facebook":
      return CONNECTOR_FACTORIES.facebook({
        pageId: account.external_account_id,
        pageAccessToken: (await secret(deps, account, "page_access_token")) ?? "",
        http,
        ...optional,
      });
    case "instagram":
      return CONNECTOR_FACTORIES.instagram({
        igUserId: account.external_account_id,
        accessToken: (await secret(deps, account, "access_token")) ?? "",
        http,
        ...optional,
        ...(settings.pageId ? { pageId: settings.pageId } : {}),
      });
    default:
      throw new PermanentJobError(
        `Parapet cannot act on ${account.platform} accounts from the inbox yet: do it on the platform.`,
      );
  }
}
