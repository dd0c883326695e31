/**
 * The web UI's pages. The UI's router is built from these paths, and the server
 * answers them with the UI (any other path without a file is 404), so a reload
 * of a page works while /docs or /robots.txt do not pretend to exist.
 */
export const WEB_PAGE_PATHS = [
  "/",
  "/check",
  "/triage",
  "/people",
  "/audit",
  "/api-tokens",
  "/inbox",
  "/inbox/import",
  "/inbox/accounts",
  "/accounts/new",
  "/accounts/mine",
  "/accounts/waiting",
  "/accounts/request",
  "/accounts/register",
  "/accounts/account",
  "/accounts/review",
  "/accounts/leavers",
  "/accounts/admin-audit",
  "/accounts/unofficial",
  "/training",
  "/jobs",
  "/organisation",
  "/account/security",
  "/account/notifications",
  "/set-password",
] as const;

export type WebPagePath = (typeof WEB_PAGE_PATHS)[number];

/** Whether a request path (without its query) is one of the UI's pages; a trailing slash is allowed. */
export function isWebPagePath(path: string): boolean {
  const trimmed = path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path;
  return (WEB_PAGE_PATHS as readonly string[]).includes(trimmed);
}
