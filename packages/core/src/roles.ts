/** The people who use Parapet, as the five policies name them. */
export const ROLES = [
  "staff",
  "line_manager",
  "communications_officer",
  "head_of_communications",
  "information_governance",
  "hr",
  "admin",
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  staff: "Staff member",
  line_manager: "Line manager",
  communications_officer: "Communications officer",
  head_of_communications: "Head of communications",
  information_governance: "Information governance lead",
  hr: "Human resources",
  admin: "Administrator",
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
