import type { Role } from "@parapet/core/roles";
import type { ReactNode } from "react";
import { CheckPage } from "./check/check-page.js";
import { HomePage } from "./home/home-page.js";
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
];

export function areasFor(roles: readonly Role[]): Area[] {
  return AREAS.filter((area) => !area.roles || area.roles.some((role) => roles.includes(role)));
}
