import { PERMISSIONS, type Permission } from "@parapet/core/permissions";

export { PERMISSIONS, type Permission, rolesAllow } from "@parapet/core/permissions";

/** Permission keys an API token may be scoped to: never session-only or token-minting ones. */
export const TOKEN_SCOPES = (Object.keys(PERMISSIONS) as Permission[]).filter(
  (key) => !["public", "signed_in", "api_tokens.manage", "people.manage"].includes(key),
);

declare module "fastify" {
  interface FastifyContextConfig {
    permission?: Permission;
  }
}
