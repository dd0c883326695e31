import type { AccountRequestForm, Criterion, CriterionResult } from "@parapet/core/accounts";
import { useRouterState } from "@tanstack/react-router";
import { useEffect, useState } from "react";
import { api } from "../api.js";
import { errorText } from "../shell/error-summary.js";

/** What the account pages read from the API (docs/accounts.md); ids are for calls, never shown. */
export interface Rules {
  approver: { title: string; clause: string };
  endorser: { title: string; clause: string };
  setup: { clause: string };
  review: { intervalMonths: number; clause: string };
  criteria: Criterion[];
}

export interface Colleague {
  id: string;
  name: string;
  lineManager: boolean;
  communicationsTeam: boolean;
}

export interface RequestSummary {
  id: string;
  stateLabel: string;
  proposedName: string;
  platform: string;
  service: string;
  requester: string;
  updatedAt: string;
}

export interface HistoryLine {
  event: string;
  to: string;
  by: string | null;
  reasons: string | null;
  at: string;
}

export interface RequestDetail {
  id: string;
  state: string;
  stateLabel: string;
  form: AccountRequestForm;
  criteria: CriterionResult[];
  missingToSubmit: string[];
  requester: { id: string; name: string };
  lineManager: { id: string; name: string } | null;
  approvedUsers: { id: string; name: string }[];
  setup: {
    handleReserved: boolean;
    twoFactorOn: boolean;
    adminIds: string[];
    credentialsLocation: string;
    admins: { id: string; name: string }[];
  };
  setupMissing: string[];
  reasons: string | null;
  accountId: string | null;
  approver: { title: string; clause: string };
  endorser: { title: string; clause: string };
  setupClause: string;
  actions: string[];
  history: HistoryLine[];
}

export interface RegisterAccount {
  id: string;
  platform: string;
  handle: string;
  name: string;
  url: string | null;
  purpose: string;
  owningService: string;
  status: string;
  statusLabel: string;
  credentialsLocation: string | null;
  lastReviewOn: string | null;
  nextReviewOn: string | null;
  people: {
    id: string;
    name: string;
    role: "admin" | "approved_user";
    active: boolean;
    communicationsTeam: boolean;
  }[];
  flags: { flag: string; label: string; clause: string }[];
}

/** The `?id=` of the page's address. */
export function useIdParam(): string {
  return useRouterState({
    select: (state) => String((state.location.search as Record<string, unknown>).id ?? ""),
  });
}

/** GET a path once (and again when `key` changes): the value, or the error in words. */
export function useApi<T>(path: string | undefined, key = 0) {
  const [value, setValue] = useState<T | undefined>();
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    if (!path) return;
    void key;
    api<T>(path).then(
      (v) => {
        setValue(v);
        setError(undefined);
      },
      (caught: unknown) => setError(errorText(caught)),
    );
  }, [path, key]);
  return { value, error };
}

export const when = (iso: string) =>
  new Intl.DateTimeFormat("en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Europe/London",
  }).format(new Date(iso));
