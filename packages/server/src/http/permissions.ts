import type { Role } from "@parapet/core";

/**
 * Who may do what. Every route names one of these keys in its `config.permission`;
 * the guard looks the key up here. `public` needs no session; `signed_in` needs
 * any active session; any other key lists the roles that may take the action.
 */
export const PERMISSIONS = {
  public: null,
  signed_in: "any",
} as const satisfies Record<string, readonly Role[] | "any" | null>;

export type Permission = keyof typeof PERMISSIONS;

declare module "fastify" {
  interface FastifyContextConfig {
    permission?: Permission;
  }
}
