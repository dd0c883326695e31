/**
 * What connecting each platform account takes (docs/connectors.md, "Settings"): the account's id
 * on the platform, the secrets the connector needs (stored encrypted, never shown again) and the
 * optional settings. The server checks a connection against this table and the admin page builds
 * its form from it, so the two cannot drift apart.
 */
export const CONNECTABLE_PLATFORMS = [
  "facebook",
  "instagram",
  "x",
  "bluesky",
  "linkedin",
  "mastodon",
] as const;
export type ConnectablePlatform = (typeof CONNECTABLE_PLATFORMS)[number];

export type ConnectionSetting = "baseUrl" | "graphVersion" | "pageId" | "identifier" | "clientId";

export interface ConnectionField {
  name: string;
  label: string;
  hint?: string;
  required: boolean;
}

export interface PlatformConnection {
  label: string;
  /** What the platform calls the account's id. */
  accountId: { label: string; hint: string };
  secrets: readonly ConnectionField[];
  settings: readonly (ConnectionField & { name: ConnectionSetting })[];
}

const graphVersion = {
  name: "graphVersion",
  label: "Graph API version",
  hint: "For example v23.0; leave empty for Parapet's default.",
  required: false,
} as const;

export const PLATFORM_CONNECTIONS: Readonly<Record<ConnectablePlatform, PlatformConnection>> = {
  facebook: {
    label: "Facebook Page",
    accountId: {
      label: "Page id",
      hint: "The number in the Page's About section or its Meta Business settings.",
    },
    secrets: [
      { name: "page_access_token", label: "Page access token", required: true },
      {
        name: "app_secret",
        label: "App secret",
        hint: "Checks that webhooks come from Meta.",
        required: true,
      },
      {
        name: "verify_token",
        label: "Verify token",
        hint: "The word you give Meta with the webhook address.",
        required: true,
      },
    ],
    settings: [graphVersion],
  },
  instagram: {
    label: "Instagram",
    accountId: {
      label: "Instagram user id",
      hint: "The professional account's id from Meta Business settings.",
    },
    secrets: [
      { name: "access_token", label: "Access token", required: true },
      {
        name: "app_secret",
        label: "App secret",
        hint: "Checks that webhooks come from Meta.",
        required: true,
      },
      {
        name: "verify_token",
        label: "Verify token",
        hint: "The word you give Meta with the webhook address.",
        required: true,
      },
    ],
    settings: [
      {
        name: "pageId",
        label: "Linked Facebook Page id",
        hint: "Only when connected through Facebook Login.",
        required: false,
      },
      graphVersion,
    ],
  },
  x: {
    label: "X",
    accountId: { label: "User id", hint: "The account's numeric id, not its @handle." },
    secrets: [
      { name: "access_token", label: "Access token", required: true },
      {
        name: "refresh_token",
        label: "Refresh token",
        hint: "Lets Parapet renew the access token.",
        required: false,
      },
      { name: "client_secret", label: "Client secret", required: false },
      {
        name: "consumer_secret",
        label: "Consumer secret",
        hint: "Only for webhooks (Account Activity API).",
        required: false,
      },
    ],
    settings: [
      {
        name: "clientId",
        label: "OAuth 2.0 client id",
        hint: "Needed to renew the access token.",
        required: false,
      },
    ],
  },
  bluesky: {
    label: "Bluesky",
    accountId: { label: "Handle or DID", hint: "For example nhstrust.bsky.social." },
    secrets: [
      {
        name: "app_password",
        label: "App password",
        hint: "Made in Settings, Privacy and security, App passwords: never the account's own password.",
        required: true,
      },
    ],
    settings: [
      {
        name: "baseUrl",
        label: "Server address",
        hint: "Leave empty for https://bsky.social.",
        required: false,
      },
    ],
  },
  linkedin: {
    label: "LinkedIn page",
    accountId: { label: "Organisation URN", hint: "For example urn:li:organization:12345." },
    secrets: [
      {
        name: "access_token",
        label: "Access token",
        hint: "Lasts 60 days; reconnect when asked.",
        required: true,
      },
    ],
    settings: [],
  },
  mastodon: {
    label: "Mastodon",
    accountId: { label: "Account id", hint: "The numeric id on the instance." },
    secrets: [{ name: "access_token", label: "Access token", required: true }],
    settings: [
      {
        name: "baseUrl",
        label: "Instance address",
        hint: "For example https://mastodon.social.",
        required: true,
      },
    ],
  },
};
