import { type Permission, rolesAllow } from "@parapet/core/permissions";
import type { Role } from "@parapet/core/roles";
import type { WebPagePath } from "@parapet/core/web-pages";
import type { ReactNode } from "react";
import { NotificationsPage } from "./account/notifications-page.js";
import { SecurityPage } from "./account/security-page.js";
import { AdminAuditPage } from "./accounts/admin-audit-page.js";
import { LeaversPage } from "./accounts/leavers-page.js";
import { AccountPage, RegisterPage } from "./accounts/register-page.js";
import { RequestFormPage } from "./accounts/request-form-page.js";
import { ApprovalsPage, MyRequestsPage } from "./accounts/request-lists-page.js";
import { RequestPage } from "./accounts/request-page.js";
import { AccountReviewPage } from "./accounts/review-section.js";
import { UnofficialAccountsPage } from "./accounts/unofficial-page.js";
import { ApiTokensPage } from "./api-tokens/api-tokens-page.js";
import { AuditPage } from "./audit/audit-page.js";
import { CheckPage } from "./check/check-page.js";
import { HomePage } from "./home/home-page.js";
import { ConnectedAccountsPage } from "./inbox/connected-accounts-page.js";
import { InboxImportPage } from "./inbox/import-page.js";
import { InboxPage } from "./inbox/inbox-page.js";
import { JobsPage } from "./jobs/jobs-page.js";
import { OrganisationPage } from "./organisation/organisation-page.js";
import { PeoplePage } from "./people/people-page.js";
import { SetPasswordPage } from "./people/set-password-page.js";
import { TrainingPage } from "./training/training-page.js";
import { TriagePage } from "./triage/triage-page.js";

/**
 * The areas of the product. The router and the navigation are both built from
 * this list, so the navigation only ever shows areas that exist. Add a new
 * area here; `permission` (the same table the server's guard checks) limits who
 * sees it: omit it for everyone signed in. `summary` may say what this person can
 * do there, so a card never promises an action their roles do not allow.
 */
export interface Area {
  /** One of the pages the server serves the UI for (packages/core/src/web-pages.ts). */
  path: WebPagePath;
  title: string;
  summary: string | ((may: (permission: Permission) => boolean, roles: readonly Role[]) => string);
  component: () => ReactNode;
  permission?: Permission;
  inNavigation: boolean;
  /** A page about one thing, reached from another page: no card on the home page. */
  detail?: boolean;
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
    permission: "inbox.read",
    inNavigation: true,
  },
  {
    path: "/inbox/import",
    title: "Import messages",
    summary:
      "Bring messages from a platform without a connection into the inbox, from its export or a spreadsheet.",
    component: InboxImportPage,
    permission: "inbox.work",
    inNavigation: false,
  },
  {
    path: "/inbox/accounts",
    title: "Connected accounts",
    summary: (may) =>
      may("inbox.accounts")
        ? "Connect the organisation's platform accounts to the inbox, and set what each hides on arrival."
        : "The platform accounts whose messages come into the inbox, and what each hides on arrival.",
    component: ConnectedAccountsPage,
    permission: "inbox.accounts.read",
    inNavigation: true,
  },
  {
    path: "/accounts/register",
    title: "Account register",
    summary: "Every official and team account, who can post on it, its reviews and what needs attention.",
    component: RegisterPage,
    permission: "accounts.register.read",
    inNavigation: true,
  },
  {
    path: "/accounts/waiting",
    title: "Waiting for me",
    summary: "Account requests waiting for you to endorse, review, approve or set up.",
    component: ApprovalsPage,
    permission: "accounts.request",
    inNavigation: true,
  },
  {
    path: "/accounts/mine",
    title: "My account requests",
    summary: "Ask for an official or team account, and follow your requests.",
    component: MyRequestsPage,
    permission: "accounts.request",
    inNavigation: true,
  },
  {
    path: "/accounts/new",
    title: "Request an account",
    summary: "The request form, with your policy's criteria checked as you type.",
    component: RequestFormPage,
    permission: "accounts.request",
    inNavigation: false,
    detail: true,
  },
  {
    path: "/accounts/request",
    title: "Account request",
    summary: "One account request and its next step.",
    component: RequestPage,
    permission: "accounts.request",
    inNavigation: false,
    detail: true,
  },
  {
    path: "/accounts/account",
    title: "Account",
    summary: "One account in the register.",
    component: AccountPage,
    permission: "accounts.register.read",
    inNavigation: false,
    detail: true,
  },
  {
    path: "/accounts/review",
    title: "Account review",
    summary: "Sign your part of an account's review.",
    component: AccountReviewPage,
    permission: "accounts.request",
    inNavigation: false,
    detail: true,
  },
  {
    path: "/accounts/admin-audit",
    title: "Admin rights audit",
    summary: (may) =>
      may("accounts.manage")
        ? "Sign off who holds admin rights to each account, once a year, and export it for the committee."
        : "Who holds admin rights to each account, and when that was last signed off.",
    component: AdminAuditPage,
    permission: "accounts.register.read",
    inNavigation: false,
  },
  {
    path: "/accounts/unofficial",
    title: "Possible unofficial accounts",
    summary: (may) =>
      may("accounts.manage")
        ? "Accounts using the organisation's name that are not in the register: confirm, claim, report or dismiss each."
        : may("accounts.register.read")
          ? "Accounts using the organisation's name that are not in the register, and what was decided."
          : "Report an account that uses the organisation's name and may not be official.",
    component: UnofficialAccountsPage,
    permission: "accounts.unofficial.report",
    inNavigation: true,
  },
  {
    path: "/accounts/leavers",
    title: "Leavers",
    summary: "Upload the people leaving: every account they can post on gets a handover task.",
    component: LeaversPage,
    permission: "accounts.leavers",
    inNavigation: true,
  },
  {
    path: "/training",
    title: "Training",
    summary: (may) =>
      may("training.manage")
        ? "Who is an approved user: record and import training, see what is missing or expiring."
        : may("training.read")
          ? "Who is an approved user, and whose training is missing or expiring."
          : "Your training, and whether you are an approved user.",
    component: TrainingPage,
    inNavigation: true,
  },
  {
    path: "/check",
    title: "Check a post",
    summary: (_may, roles) =>
      roles.some((r) => r === "communications_officer" || r === "head_of_communications")
        ? "Check a post for the trust's official or team accounts against its policy before it goes out."
        : "Check a draft for your own account against your trust's social media policy before you publish.",
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
    summary: (may) =>
      may("people.manage")
        ? "Invite people, set their roles, deactivate leavers; export or anonymise their data."
        : may("people.export")
          ? "See everyone in your organisation; export a person's data or anonymise a leaver (UK GDPR)."
          : "See everyone in your organisation, their roles and whether their account is active.",
    component: PeoplePage,
    permission: "people.read",
    inNavigation: true,
  },
  {
    path: "/audit",
    title: "Audit trail",
    summary: "Who did what and when, provably unaltered; filter and download as CSV.",
    component: AuditPage,
    permission: "audit.read",
    inNavigation: true,
  },
  {
    path: "/api-tokens",
    title: "API tokens",
    summary: "Tokens for integrations, each allowed only the actions you choose; revoke them at any time.",
    component: ApiTokensPage,
    permission: "api_tokens.manage",
    inNavigation: false,
  },
  {
    path: "/jobs",
    title: "Background jobs",
    summary: "E-mails, platform calls and housekeeping that are failing or gave up; send them to run again.",
    component: JobsPage,
    permission: "jobs.manage",
    inNavigation: false,
  },
  {
    path: "/organisation",
    title: "Organisation",
    summary: "Choose the policy pack your check page and inbox apply, and see when it is due for review.",
    component: OrganisationPage,
    permission: "organisation.manage",
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
    path: "/account/notifications",
    title: "Notifications",
    summary: "Alerts about urgent messages, and whether you also get them by e-mail.",
    component: NotificationsPage,
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
  return AREAS.filter((area) => !area.public && (!area.permission || rolesAllow(area.permission, roles)));
}

/** What this person can do in the area, in words. */
export function summaryFor(area: Area, roles: readonly Role[]): string {
  return typeof area.summary === "string"
    ? area.summary
    : area.summary((permission) => rolesAllow(permission, roles), roles);
}
