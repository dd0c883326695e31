import { createBlueskyConnector } from "./bluesky/bluesky.connector.js";
import type { Connector, ConnectorPlatform } from "./connector.js";
import { createFacebookConnector } from "./facebook/facebook.connector.js";
import { createInstagramConnector } from "./instagram/instagram.connector.js";
import { createLinkedInConnector } from "./linkedin/linkedin.connector.js";
import { createMastodonConnector } from "./mastodon/mastodon.connector.js";
import { createXConnector } from "./x/x.connector.js";

export type { BlueskyConfig } from "./bluesky/bluesky.connector.js";
export * from "./connector.js";
export * from "./connector-error.js";
export type { FacebookConfig } from "./facebook/facebook.connector.js";
export type { HttpSettings } from "./http.js";
export * from "./import/import-parser.js";
export type { InstagramConfig } from "./instagram/instagram.connector.js";
export type { LinkedInConfig } from "./linkedin/linkedin.connector.js";
export type { MastodonConfig } from "./mastodon/mastodon.connector.js";
export { withRefresh } from "./with-refresh.js";
export type { XConfig } from "./x/x.connector.js";

/** One factory per platform: the inbox builds a connector from an account's settings and secrets. */
export const CONNECTOR_FACTORIES = {
  facebook: createFacebookConnector,
  instagram: createInstagramConnector,
  x: createXConnector,
  bluesky: createBlueskyConnector,
  linkedin: createLinkedInConnector,
  mastodon: createMastodonConnector,
} satisfies Record<ConnectorPlatform, (config: never) => Connector>;
