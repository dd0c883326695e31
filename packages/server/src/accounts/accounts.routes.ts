import {
  ACCOUNT_EVENTS,
  ACCOUNT_STATUSES,
  accountRequestFormSchema,
  PLATFORMS,
  PRESENCE_LABELS,
  REQUEST_EVENTS,
  REVIEW_PARTS,
  REVIEW_STATES,
} from "@parapet/core";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Deps } from "../create-deps.js";
import { actorOf } from "../http/actor.js";
import {
  createRequest,
  listRequestsFor,
  requestDetail,
  stepRequest,
  updateRequestForm,
  updateSetup,
} from "./account-requests.service.js";
import { accountsPackOf } from "./accounts-pack.js";
import { linkInboxAccount, recordActivity } from "./activity.service.js";
import { calendarDay } from "./csv-file.js";
import { completeHandover, importLeavers } from "./leavers.service.js";
import { choosablePeople } from "./people-choices.js";
import { accountDetail, addPerson, registerView, removePerson, stepAccount } from "./register.service.js";
import { exportRegister, importRegister, MAX_IMPORT_BYTES } from "./register-csv.service.js";
import { reviewsWaitingFor, reviewView, signReview } from "./reviews.service.js";
import { setupSchema } from "./setup-checklist.js";

const tags = ["accounts"];
const idParams = z.object({ id: z.uuid() });
const reasons = z.string().max(4000).optional();
const loose = z.looseObject({});
const personBody = z.strictObject({ userId: z.uuid(), role: z.enum(["admin", "approved_user"]) });

/** The account register's API (docs/accounts.md): routes parse with zod and call a service. */
export const accountsRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    "/api/v1/accounts/rules",
    {
      config: { permission: "accounts.request" },
      schema: {
        tags,
        summary: "Your pack's account rules: criteria with clauses, approver, review and training settings",
        response: { 200: loose },
      },
    },
    async (request) => {
      const pack = await accountsPackOf(deps.db, actorOf(request).organisationId);
      return { ...pack, presenceLabels: PRESENCE_LABELS, platforms: PLATFORMS };
    },
  );

  app.get(
    "/api/v1/accounts/people",
    {
      config: { permission: "accounts.request" },
      schema: {
        tags,
        summary: "Colleagues a request can name: line managers and possible approved users",
        response: {
          200: z.object({
            people: z.array(
              z.object({
                id: z.string(),
                name: z.string(),
                lineManager: z.boolean(),
                communicationsTeam: z.boolean(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({ people: await choosablePeople(deps.db, actorOf(request).organisationId) }),
  );

  app.get(
    "/api/v1/account-requests",
    {
      config: { permission: "accounts.request" },
      schema: {
        tags,
        summary: "My account requests (`view=mine`) or those waiting for my step (`view=waiting`)",
        querystring: z.object({ view: z.enum(["mine", "waiting"]).default("mine") }),
        response: { 200: z.object({ requests: z.array(loose) }) },
      },
    },
    async (request) => ({ requests: await listRequestsFor(deps, actorOf(request), request.query.view) }),
  );

  app.post(
    "/api/v1/account-requests",
    {
      config: { permission: "accounts.request" },
      schema: {
        tags,
        summary: "Start an account request (a draft) with the form's fields",
        body: accountRequestFormSchema,
        response: { 200: z.object({ id: z.string() }) },
      },
    },
    async (request) => createRequest(deps, actorOf(request), request.body),
  );

  app.get(
    "/api/v1/account-requests/:id",
    {
      config: { permission: "accounts.request" },
      schema: {
        tags,
        summary:
          "One request: its form, the pack's criteria with clauses, set-up, history and your next steps",
        params: idParams,
        response: { 200: loose },
      },
    },
    async (request) => requestDetail(deps, actorOf(request), request.params.id),
  );

  app.put(
    "/api/v1/account-requests/:id",
    {
      config: { permission: "accounts.request" },
      schema: {
        tags,
        summary: "Change a draft or returned request (its requester only)",
        params: idParams,
        body: accountRequestFormSchema,
        response: { 200: z.object({ id: z.string() }) },
      },
    },
    async (request) => updateRequestForm(deps, actorOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/v1/account-requests/:id/steps",
    {
      config: { permission: "accounts.request" },
      schema: {
        tags,
        summary:
          "Take a step: submit, endorse, return (with reasons), start_review, approve, reject (with reasons), go_live, withdraw",
        params: idParams,
        body: z.strictObject({ event: z.enum(REQUEST_EVENTS), reasons }),
        response: { 200: z.object({ id: z.string(), state: z.string() }) },
      },
    },
    async (request) =>
      stepRequest(deps, actorOf(request), request.params.id, request.body.event, request.body.reasons),
  );

  app.put(
    "/api/v1/account-requests/:id/setup",
    {
      config: { permission: "accounts.manage" },
      schema: {
        tags,
        summary:
          "The set-up checklist: handle reserved, two-step verification, admins, where the log-in is held",
        params: idParams,
        body: setupSchema,
        response: { 200: z.object({ id: z.string(), missing: z.array(z.string()) }) },
      },
    },
    async (request) => updateSetup(deps, actorOf(request), request.params.id, request.body),
  );

  app.get(
    "/api/v1/accounts",
    {
      config: { permission: "accounts.register.read" },
      schema: {
        tags,
        summary: "The register: every account, its admins and approved users, status, reviews and flags",
        querystring: z.object({
          status: z.enum(ACCOUNT_STATUSES).optional(),
          platform: z.enum(PLATFORMS).optional(),
          service: z.string().max(200).optional(),
          flagged: z.enum(["true", "false"]).optional(),
          q: z.string().max(200).optional(),
        }),
        response: { 200: loose },
      },
    },
    async (request) => {
      const { flagged, ...rest } = request.query;
      return registerView(deps, actorOf(request), { ...rest, flagged: flagged === "true" });
    },
  );

  app.get(
    "/api/v1/accounts/export.csv",
    {
      config: { permission: "accounts.register.read" },
      schema: {
        tags,
        summary: "The register as CSV (the import's columns and the flags)",
        produces: ["text/csv"],
      },
    },
    async (request, reply) =>
      reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", 'attachment; filename="account-register.csv"')
        .send(await exportRegister(deps, actorOf(request))),
  );

  app.post(
    "/api/v1/accounts/import",
    {
      config: { permission: "accounts.manage" },
      bodyLimit: MAX_IMPORT_BYTES * 2,
      schema: {
        tags,
        summary: "Import existing accounts from CSV: all or nothing; a dry run reports every bad row by line",
        body: z.strictObject({
          csv: z.string().min(1).max(MAX_IMPORT_BYTES),
          dryRun: z.boolean().default(true),
        }),
        response: { 200: loose },
      },
    },
    async (request) => importRegister(deps, actorOf(request), request.body.csv, request.body.dryRun),
  );

  app.post(
    "/api/v1/accounts/leavers",
    {
      config: { permission: "accounts.leavers" },
      bodyLimit: 1_000_000,
      schema: {
        tags,
        summary:
          "A leavers CSV (email, leaving_on, successor_email): a handover task for every account a leaver holds; dry run by default",
        body: z.strictObject({ csv: z.string().min(1).max(500_000), dryRun: z.boolean().default(true) }),
        response: { 200: loose },
      },
    },
    async (request) => importLeavers(deps, actorOf(request), request.body.csv, request.body.dryRun),
  );

  app.post(
    "/api/v1/accounts/handovers/:id/complete",
    {
      config: { permission: "accounts.manage" },
      schema: {
        tags,
        summary: "The handover is done: the leaver comes off the account and the successor goes on",
        params: idParams,
        body: z.strictObject({ successorId: z.uuid().optional() }),
        response: { 200: z.object({ done: z.boolean() }) },
      },
    },
    async (request) => completeHandover(deps, actorOf(request), request.params.id, request.body.successorId),
  );

  app.get(
    "/api/v1/accounts/:id",
    {
      config: { permission: "accounts.register.read" },
      schema: {
        tags,
        summary: "One account: its admins, approved users, flags and history",
        params: idParams,
        response: { 200: loose },
      },
    },
    async (request) => accountDetail(deps, actorOf(request), request.params.id),
  );

  app.post(
    "/api/v1/accounts/:id/steps",
    {
      config: { permission: "accounts.manage" },
      schema: {
        tags,
        summary: "Mark dormant, revive, suspend, reinstate or close an account",
        params: idParams,
        body: z.strictObject({ event: z.enum(ACCOUNT_EVENTS), reasons }),
        response: { 200: z.object({ id: z.string(), status: z.string() }) },
      },
    },
    async (request) =>
      stepAccount(deps, actorOf(request), request.params.id, request.body.event, request.body.reasons),
  );

  app.post(
    "/api/v1/accounts/:id/people",
    {
      config: { permission: "accounts.manage" },
      schema: {
        tags,
        summary: "Add an admin or approved user",
        params: idParams,
        body: personBody,
        response: { 200: z.object({ added: z.boolean() }) },
      },
    },
    async (request) => addPerson(deps, actorOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/v1/accounts/:id/people/remove",
    {
      config: { permission: "accounts.manage" },
      schema: {
        tags,
        summary: "Remove an admin or approved user",
        params: idParams,
        body: personBody,
        response: { 200: z.object({ removed: z.boolean() }) },
      },
    },
    async (request) => removePerson(deps, actorOf(request), request.params.id, request.body),
  );

  app.get(
    "/api/v1/accounts/reviews/waiting",
    {
      config: { permission: "accounts.request" },
      schema: {
        tags,
        summary: "Account reviews waiting for your part: due soon, overdue or half signed",
        response: { 200: loose },
      },
    },
    async (request) => reviewsWaitingFor(deps, actorOf(request)),
  );

  app.get(
    "/api/v1/accounts/:id/review",
    {
      config: { permission: "accounts.request" },
      schema: {
        tags,
        summary:
          "The account's review: its two parts (owner, communications), who signed them, and what you may sign (the register's readers and the account's admins)",
        params: idParams,
        response: { 200: loose },
      },
    },
    async (request) => reviewView(deps, actorOf(request), request.params.id),
  );

  app.post(
    "/api/v1/accounts/:id/review",
    {
      config: { permission: "accounts.request" },
      schema: {
        tags,
        summary:
          "Sign one part of the account's review (owner: an admin of the account; communications: the communications team); complete when both are signed, by two people",
        params: idParams,
        body: z.strictObject({
          part: z.enum(REVIEW_PARTS),
          note: z.string().max(2000).optional(),
        }),
        response: {
          200: z.object({ state: z.enum(REVIEW_STATES), nextReviewOn: z.string().nullable() }),
        },
      },
    },
    async (request) => signReview(deps, actorOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/v1/accounts/:id/activity",
    {
      config: { permission: "accounts.manage" },
      schema: {
        tags,
        summary: "Record activity by hand (a post published outside Parapet), for dormancy",
        params: idParams,
        body: z.strictObject({ on: calendarDay }),
        response: { 200: z.object({ lastActivityOn: z.string() }) },
      },
    },
    async (request) => recordActivity(deps, actorOf(request), request.params.id, request.body.on),
  );

  app.put(
    "/api/v1/accounts/:id/inbox-account",
    {
      config: { permission: "accounts.manage" },
      schema: {
        tags,
        summary:
          "Link the inbox account that is this account (null to unlink): its replies count as activity",
        params: idParams,
        body: z.strictObject({ inboxAccountId: z.uuid().nullable() }),
        response: { 200: z.object({ inboxAccount: z.string().nullable() }) },
      },
    },
    async (request) =>
      linkInboxAccount(deps, actorOf(request), request.params.id, request.body.inboxAccountId),
  );
};
