import { z } from "zod";
import type { Deps } from "../create-deps.js";
import { PermanentJobError } from "../jobs/job-kind.js";
import { BLUESKY_CAPABILITIES } from "./connectors/bluesky/bluesky.connector.js";
import {
  type Capabilities,
  type Connector,
  type ConnectorAction,
  type CredentialUpdate,
  supports,
} from "./connectors/connector.js";
import { FACEBOOK_CAPABILITIES } from "./connectors/facebook/facebook.connector.js";
import { CONNECTOR_FACTORIES } from "./connectors/index.js";
import { INSTAGRAM_CAPABILITIES } from "./connectors/instagram/instagram.connector.js";
import { LINKEDIN_CAPABILITIES } from "./connectors/linkedin/linkedin.connector.js";
import { MASTODON_CAPABILITIES } from "./connectors/mastodon/mastodon.connector.js";
import { X_CAPABILITIES } from "./connectors/x/x.connector.js";
import type { AccountRow } from "./inbox-accounts.repository.js";

/** Where each connected account's secrets are kept (docs/secrets.md): `<platform>:<external id>`. */
export function secretAccount(account: Pick<AccountRow, "platform" | "external_account_id">): string {
  return `${account.platform}:${account.external_account_id}`;
}

/** What the inbox can do through each wired platform (the connectors' own capabilities). */
const WIRED: Readonly<Record<string, Capabilities>> = {
  facebook: FACEBOOK_CAPABILITIES,
  instagram: INSTAGRAM_CAPABILITIES,
  x: X_CAPABILITIES,
  bluesky: BLUESKY_CAPABILITIES,
  linkedin: LINKEDIN_CAPABILITIES,
  mastodon: MASTODON_CAPABILITIES,
};

/** Whether Parapet can take this action on this platform and channel (what the UI offers). */
export function canAct(platform: string, action: ConnectorAction, channel: string): boolean {
  const capabilities = WIRED[platform];
  return capabilities ? supports(capabilities, action, channel as never) : false;
}

const DEFAULT_BASE_URLS: Readonly<Record<string, string>> = {
  facebook: "https://graph.facebook.com",
  instagram: "https://graph.facebook.com",
  x: "https://api.x.com",
  bluesky: "https://bsky.social",
  linkedin: "https://api.linkedin.com",
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
 * at the point of use. Credentials a refresh replaced are stored by `storeCredentials`.
 */
export async function connectorForAccount(
  deps: Pick<Deps, "db" | "secrets" | "clock">,
  account: AccountRow,
): Promise<Connector> {
  const settings = account.settings as {
    baseUrl?: string;
    graphVersion?: string;
    pageId?: string;
    identifier?: string;
    clientId?: string;
  };
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
    case "x": {
      const refreshToken = await secret(deps, account, "refresh_token");
      const clientSecret = await secret(deps, account, "client_secret");
      const consumerSecret = await secret(deps, account, "consumer_secret");
      return CONNECTOR_FACTORIES.x({
        userId: account.external_account_id,
        accessToken: (await secret(deps, account, "access_token")) ?? "",
        http,
        ...(refreshToken ? { refreshToken } : {}),
        ...(settings.clientId ? { clientId: settings.clientId } : {}),
        ...(clientSecret ? { clientSecret } : {}),
        ...(consumerSecret ? { consumerSecret } : {}),
      });
    }
    case "bluesky": {
      const stored = await secret(deps, account, "session");
      const session = stored ? blueskySession.safeParse(JSON.parse(stored)) : null;
      return CONNECTOR_FACTORIES.bluesky({
        identifier: settings.identifier ?? account.external_account_id,
        appPassword: (await secret(deps, account, "app_password")) ?? "",
        http,
        ...(session?.success ? { session: session.data } : {}),
      });
    }
    case "linkedin":
      return CONNECTOR_FACTORIES.linkedin({
        organizationUrn: account.external_account_id,
        accessToken: (await secret(deps, account, "access_token")) ?? "",
        http,
      });
    case "mastodon":
      return CONNECTOR_FACTORIES.mastodon({
        accountId: account.external_account_id,
        accessToken: (await secret(deps, account, "access_token")) ?? "",
        http,
      });
    default:
      throw new PermanentJobError(
        `Parapet cannot act on ${account.platform} accounts from the inbox yet: do it on the platform.`,
      );
  }
}

const blueskySession = z.object({
  accessJwt: z.string().min(1),
  refreshJwt: z.string().min(1),
  did: z.string().min(1),
  handle: z.string(),
});

/**
 * Stores credentials a refresh gave (encrypted, in place of the old): a Bluesky session as one
 * secret, an OAuth pair as `access_token` and `refresh_token`.
 */
export async function storeCredentials(
  deps: Pick<Deps, "db" | "secrets">,
  account: AccountRow,
  update: CredentialUpdate,
): Promise<void> {
  const where = { organisationId: account.organisation_id, account: secretAccount(account) };
  await deps.db.transaction().execute(async (trx) => {
    if (account.platform === "bluesky") {
      await deps.secrets.store(trx, { ...where, name: "session" }, JSON.stringify(update.credentials));
      return;
    }
    const names: Readonly<Record<string, string>> = {
      accessToken: "access_token",
      refreshToken: "refresh_token",
    };
    for (const [key, value] of Object.entries(update.credentials)) {
      const name = names[key];
      if (name && value) await deps.secrets.store(trx, { ...where, name }, value);
    }
  });
}
