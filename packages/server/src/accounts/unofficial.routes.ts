import { UNOFFICIAL_STATES } from "@parapet/core";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Deps } from "../create-deps.js";
import { actorOf } from "../http/actor.js";
import {
  brandTermsSchema,
  listUnofficial,
  myReports,
  reportSchema,
  reportUnofficial,
  scanInbox,
  setBrandTerms,
  stepSchema,
  stepUnofficial,
  unofficialDetail,
} from "./unofficial.service.js";

const tags = ["accounts"];
const loose = z.looseObject({});

/** Possible unofficial accounts (CPG58 §8.2; RWT Attachment 2 §3.5; docs/accounts.md). */
export const unofficialRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    "/api/v1/unofficial-accounts",
    {
      config: { permission: "accounts.register.read" },
      schema: {
        tags,
        summary:
          "Possible unofficial accounts: handles using the organisation's name seen in the inbox or reported by staff, not in the register",
        querystring: z.object({ state: z.enum(UNOFFICIAL_STATES).optional() }),
        response: { 200: loose },
      },
    },
    async (request) => listUnofficial(deps, actorOf(request), { state: request.query.state }),
  );

  app.get(
    "/api/v1/unofficial-accounts/mine",
    {
      config: { permission: "accounts.unofficial.report" },
      schema: {
        tags,
        summary: "The possible unofficial accounts you reported, and what became of each",
        response: { 200: z.object({ reports: z.array(loose) }) },
      },
    },
    async (request) => myReports(deps, actorOf(request)),
  );

  app.post(
    "/api/v1/unofficial-accounts/reports",
    {
      config: { permission: "accounts.unofficial.report" },
      schema: {
        tags,
        summary:
          "Report an account that may claim to be the organisation's: platform, handle or address, and why",
        body: reportSchema,
        response: {
          200: z.object({ id: z.string().nullable(), inRegister: z.boolean(), message: z.string() }),
        },
      },
    },
    async (request) => reportUnofficial(deps, actorOf(request), request.body),
  );

  app.put(
    "/api/v1/unofficial-accounts/brand-terms",
    {
      config: { permission: "accounts.manage" },
      schema: {
        tags,
        summary:
          "The brand terms looked for besides the organisation's name (short names, initials, hospitals)",
        body: brandTermsSchema,
        response: { 200: z.object({ terms: z.array(z.string()) }) },
      },
    },
    async (request) => setBrandTerms(deps, actorOf(request), request.body.terms),
  );

  app.post(
    "/api/v1/unofficial-accounts/scan",
    {
      config: { permission: "accounts.manage" },
      schema: {
        tags,
        summary:
          "Look through the inbox messages received since the last look now (the job does it every 15 minutes)",
        response: { 200: z.object({ read: z.number(), found: z.number() }) },
      },
    },
    async (request) => scanInbox(deps, actorOf(request).organisationId),
  );

  app.get(
    "/api/v1/unofficial-accounts/:id",
    {
      config: { permission: "accounts.register.read" },
      schema: {
        tags,
        summary: "One possible unofficial account: its reports, its history and your next steps",
        params: z.object({ id: z.uuid() }),
        response: { 200: loose },
      },
    },
    async (request) => unofficialDetail(deps, actorOf(request), request.params.id),
  );

  app.post(
    "/api/v1/unofficial-accounts/:id/steps",
    {
      config: { permission: "accounts.manage" },
      schema: {
        tags,
        summary:
          "Decide: confirm as ours (a register account, or add it), claim (start a request), report to the platform, dismiss (with reasons), reopen",
        params: z.object({ id: z.uuid() }),
        body: stepSchema,
        response: { 200: loose },
      },
    },
    async (request) => stepUnofficial(deps, actorOf(request), request.params.id, request.body),
  );
};
