import type { Role } from "@parapet/core/roles";
import type { ReactNode } from "react";
import { SecurityPage } from "./account/security-page.js";
import { ApiTokensPage } from "./api-tokens/api-tokens-page.js";
import { AuditPage } from "./audit/audit-page.js";
import { CheckPage } from "./check/check-page.js";
import { HomePage } from "./home/home-page.js";
import { InboxPage } from "./inbox/inbox-page.js";
import { JobsPage } from "./jobs/jobs-page.js";
import { PeoplePage } from "./people/people-page.js";
import { SetPasswordPage } from "./people/set-password-page.js";
import { TriagePage } from "./triage/triage-page.js";

/**
 * The areas of the product. The router and the navigation are both built from
 * this list, so the navigation only ever shows areas that exist. Add a new
 * area here; `roles` limits who sees it (omit it for everyone signed in).
 */
export interface Area {
  path: string;
  title: string;
  summary: string;
  component: () => ReactNode;
  roles?: readonly Role[];
  inNavigation: boolean;
  /** Shown without signing in (the set-password page an invitation links to). */
  public?: boolean;
}

export const AREAS: readonly Area[] = [
  {
    path: "/",
    title: "Home",
    summary: "Your organisation and roles.",
    component: HomePage,
    inNavigation: false,
  },
  {
    path: "/inbox",
    title: "Inbox",
    summary:
      "Every message to your accounts, triaged: answer from your policy's templates, or moderate with evidence.",
    component: InboxPage,
    roles: ["communications_officer", "head_of_communications"],
    inNavigation: true,
  },
  {
    path: "/check",
    title: "Check a post",
    summary: "Check a draft against your trust's social media policy before you publish.",
    component: CheckPage,
    inNavigation: true,
  },
  {
    path: "/triage",
    title: "Try triage",
    summary: "See the category, urgency, route, deadline and reply template for a public message.",
    component: TriagePage,
    inNavigation: true,
  },
  {
    path: "/people",
    title: "People",
    summary: "Invite people, set their roles, deactivate leavers; export or anonymise their data.",
    component: PeoplePage,
    roles: ["admin", "information_governance", "hr"],
    inNavigation: true,
  },
  {
    path: "/audit",
    title: "Audit trail",
    summary: "Who did what and when, provably unaltered; filter and download as CSV.",
    component: AuditPage,
    roles: ["admin", "information_governance"],
    inNavigation: true,
  },
  {
    path: "/api-tokens",
    title: "API tokens",
    summary: "Tokens for integrations, each allowed only the actions you choose; revoke them at any time.",
    component: ApiTokensPage,
    roles: ["admin"],
    inNavigation: false,
  },
  {
    path: "/jobs",
    title: "Background jobs",
    summary: "E-mails, platform calls and housekeeping that are failing or gave up; send them to run again.",
    component: JobsPage,
    roles: ["admin"],
    inNavigation: false,
  },
  {
    path: "/account/security",
    title: "Two-step verification",
    summary: "Protect your account with a code from an authenticator app as well as your password.",
    component: SecurityPage,
    inNavigation: false,
  },
  {
    path: "/set-password",
    title: "Set your password",
    summary: "Where an invitation link lands.",
    component: SetPasswordPage,
    inNavigation: false,
    public: true,
  },
];

export function isPublicPath(pathname: string): boolean {
  return AREAS.some((area) => area.public && area.path === pathname);
}

export function areasFor(roles: readonly Role[]): Area[] {
  return AREAS.filter(
    (area) => !area.public && (!area.roles || area.roles.some((role) => roles.includes(role))),
  );
}
