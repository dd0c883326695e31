import type { Role } from "@parapet/core/roles";

export interface Person {
  id: string;
  email: string;
  displayName: string;
  jobTitle: string | null;
  status: "active" | "deactivated";
  roles: Role[];
  hasPassword: boolean;
  secondFactor: boolean;
  anonymised: boolean;
  createdAt: string;
}

export interface Invited {
  userId: string;
  /** Null when the link went to the person by e-mail. */
  setPasswordPath: string | null;
  emailed: boolean;
  expiresAt: string;
}
