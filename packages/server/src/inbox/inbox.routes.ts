import { AppError } from "@parapet/core";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Deps } from "../create-deps.js";
import { actorOf } from "../http/actor.js";
import { rulesOf, setAccountRules } from "./account-rules.js";
import { IMPORT_FORMATS } from "./connectors/import/import-parser.js";
import { importMessages, MAX_IMPORT_BYTES } from "./import.service.js";
import { findItem } from "./inbox.repository.js";
import {
  accountBodySchema,
  accountParams,
  accountRulesSchema,
  accountViewSchema,
  assignBodySchema,
  bulkBodySchema,
  itemDetailSchema,
  itemParams,
  moderationBodySchema,
  noteBodySchema,
  okSchema,
  presenceBodySchema,
  presenceSchema,
  queuePageSchema,
  queueQuerySchema,
  replyBodySchema,
  replyParams,
  statusBodySchema,
  tagBodySchema,
} from "./inbox.schema.js";
import {
  acknowledgeItem,
  addNote,
  assignItem,
  bulkChange,
  handBackItem,
  setItemStatus,
  tagItem,
  untagItem,
} from "./inbox.service.js";
import type { AccountRow } from "./inbox-accounts.repository.js";
import { connectAccount, listAccounts } from "./inbox-accounts.service.js";
import { platformLabel } from "./inbox-labels.js";
import { MODERATION_ACTIONS } from "./inbox-pack.js";
import { itemDetail, queuePage } from "./inbox-views.js";
import { handOffItem } from "./legal-clock.js";
import { moderateItem } from "./moderation.service.js";
import { POLLING_PLATFORMS } from "./poll.job.js";
import { markPresence, presenceOf } from "./presence.service.js";
import { decideReply, replyDraft, sendReply } from "./reply.service.js";
import { WEBHOOK_PLATFORMS } from "./webhooks.routes.js";

const tags = ["inbox"];
const OK = { ok: true as const };

/** The inbox's API (docs/inbox.md): routes parse with zod and call a service. */
export const inboxRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  const me = (id: string, request: Parameters<typeof actorOf>[0]) =>
    id === "me" ? (actorOf(request).id ?? "") : id;

  app.get(
    "/api/v1/inbox",
    {
      config: { permission: "inbox.read" },
      schema: {
        tags,
        summary:
          "The queue: crisis and threat not yet acknowledged first, then by due time; filters and keyset pages",
        querystring: queueQuerySchema,
        response: { 200: queuePageSchema },
      },
    },
    async (request) => queuePage(deps, actorOf(request), request.query),
  );

  app.get(
    "/api/v1/inbox/:id",
    {
      config: { permission: "inbox.read" },
      schema: {
        tags,
        summary: "One message with its versions, triage reasons, history, notes, replies and evidence",
        params: itemParams,
        response: { 200: itemDetailSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      // Opening a message shows the others looking at it that you are too (a short-lived mark).
      if (actor.kind === "user") await markPresence(deps, actor, request.params.id, "viewing");
      return itemDetail(deps, actor, request.params.id);
    },
  );

  app.get(
    "/api/v1/inbox/:id/presence",
    {
      config: { permission: "inbox.read" },
      schema: {
        tags,
        summary: "Who else is looking at a message now, and who is drafting a reply to it",
        params: itemParams,
        response: { 200: presenceSchema },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const item = await itemExists(deps, actor, request.params.id);
      return presenceOf(deps.db, actor, item, deps.clock.now());
    },
  );
  app.post(
    "/api/v1/inbox/:id/presence",
    {
      config: { permission: "inbox.read" },
      schema: {
        tags,
        summary:
          "Say you are looking at a message (a heartbeat), drafting a reply (takes its draft lock, which lapses), or have left",
        params: itemParams,
        body: presenceBodySchema,
        response: { 200: presenceSchema },
      },
    },
    async (request) => markPresence(deps, actorOf(request), request.params.id, request.body.state),
  );

  const step = (
    path: string,
    summary: string,
    body: z.ZodType | undefined,
    run: (
      request: { params: { id: string }; body: unknown },
      actor: ReturnType<typeof actorOf>,
    ) => Promise<unknown>,
  ) =>
    app.post(
      `/api/v1/inbox/:id/${path}`,
      {
        config: { permission: "inbox.work" },
        schema: { tags, summary, params: itemParams, ...(body ? { body } : {}), response: { 200: okSchema } },
      },
      async (request) => {
        await run(request as never, actorOf(request));
        return OK;
      },
    );

  step(
    "acknowledge",
    "Acknowledge a crisis or threat: it stops being pinned to the top (never hidden)",
    undefined,
    (r, actor) => acknowledgeItem(deps, actor, r.params.id),
  );
  app.post(
    "/api/v1/inbox/:id/assign",
    {
      config: { permission: "inbox.work" },
      schema: {
        tags,
        summary: "Assign a message to a colleague (or `me`)",
        params: itemParams,
        body: assignBodySchema,
        response: { 200: okSchema },
      },
    },
    async (request) => {
      await assignItem(deps, actorOf(request), request.params.id, me(request.body.assigneeId, request));
      return OK;
    },
  );
  step(
    "hand-back",
    "Hand a message back to the team: nobody has it, and it is new again",
    undefined,
    (r, actor) => handBackItem(deps, actor, r.params.id),
  );
  step(
    "status",
    "Move a message to new, assigned, waiting or done (the transition table)",
    statusBodySchema,
    (r, actor) =>
      setItemStatus(deps, actor, r.params.id, (r.body as z.infer<typeof statusBodySchema>).status),
  );
  step("tags", "Add a tag", tagBodySchema, (r, actor) =>
    tagItem(deps, actor, r.params.id, (r.body as { tag: string }).tag),
  );
  step("untag", "Remove a tag", tagBodySchema, (r, actor) =>
    untagItem(deps, actor, r.params.id, (r.body as { tag: string }).tag),
  );
  step(
    "hand-off",
    "Hand an FOI or subject-access request to the team that answers it (the pack names the team, its address and the clause)",
    undefined,
    (r, actor) => handOffItem(deps, actor, r.params.id),
  );
  step("notes", "Add an internal note (never sent to the platform)", noteBodySchema, (r, actor) =>
    addNote(deps, actor, r.params.id, (r.body as { text: string }).text),
  );
  for (const action of MODERATION_ACTIONS)
    step(
      action,
      `${action[0]?.toUpperCase()}${action.slice(1)} the message on the platform, keeping evidence first (who may: the pack)`,
      moderationBodySchema,
      (r, actor) =>
        moderateItem(deps, actor, r.params.id, action, (r.body as { reason?: string } | undefined)?.reason),
    );

  app.get(
    "/api/v1/inbox/:id/reply-draft",
    {
      config: { permission: "inbox.read" },
      schema: {
        tags,
        summary: "Where a reply starts: the pack's template for the message's category, with its clause",
        params: itemParams,
        response: {
          200: z.object({
            draft: z.object({ text: z.string(), templateId: z.string(), clause: z.string() }).nullable(),
          }),
        },
      },
    },
    async (request) => ({ draft: await replyDraft(deps, actorOf(request), request.params.id) }),
  );

  app.post(
    "/api/v1/inbox/:id/reply",
    {
      config: { permission: "inbox.work" },
      schema: {
        tags,
        summary:
          "Check a reply with the post checker and, unless a finding blocks it, send it through the platform (a job)",
        params: itemParams,
        body: replyBodySchema,
        response: {
          200: z.object({
            /** True when the send job is queued; false while it waits for a second person. */
            queued: z.boolean(),
            awaitingApproval: z.boolean(),
            warnings: z.array(z.object({ message: z.string(), clause: z.string() })),
          }),
        },
      },
    },
    async (request) => {
      const result = await sendReply(deps, actorOf(request), request.params.id, request.body);
      const awaitingApproval = result?.awaitingApproval ?? false;
      return {
        queued: !awaitingApproval,
        awaitingApproval,
        warnings: (result?.findings ?? []).map((f) => ({ message: f.message, clause: f.clause })),
      };
    },
  );

  for (const decision of ["approve", "reject"] as const)
    app.post(
      `/api/v1/inbox/:id/replies/:replyId/${decision}`,
      {
        config: { permission: "inbox.work" },
        schema: {
          tags,
          summary:
            decision === "approve"
              ? "Approve a colleague's reply (never one's own): it is sent through the platform (a job)"
              : "Reject a colleague's reply waiting for approval: nothing is sent",
          params: replyParams,
          response: { 200: okSchema },
        },
      },
      async (request) => {
        await decideReply(deps, actorOf(request), request.params.id, request.params.replyId, decision);
        return OK;
      },
    );

  app.post(
    "/api/v1/inbox/bulk",
    {
      config: { permission: "inbox.work" },
      schema: {
        tags,
        summary: "Assign, tag or mark done many messages at once (all or nothing)",
        body: bulkBodySchema,
        response: { 200: z.object({ changed: z.number() }) },
      },
    },
    async (request) => {
      const { ids, action } = request.body;
      const resolved =
        action.kind === "assign" ? { ...action, assigneeId: me(action.assigneeId, request) } : action;
      return bulkChange(deps, actorOf(request), ids, resolved);
    },
  );

  app.post(
    "/api/v1/inbox/import",
    {
      config: { permission: "inbox.work" },
      // JSON-escaped content can take up to six bytes a character.
      bodyLimit: MAX_IMPORT_BYTES * 2,
      schema: {
        tags,
        summary:
          "Import a JSON Lines or CSV export from a platform without an API (all or nothing; bad rows by line)",
        body: z.object({
          format: z.enum(IMPORT_FORMATS),
          content: z.string().max(MAX_IMPORT_BYTES),
          platform: z.string().max(40).optional(),
          account: z.string().max(500).optional(),
          dryRun: z
            .boolean()
            .optional()
            .describe("Only read the file: bad rows come back in `errors` (200) and nothing is stored"),
        }),
        response: {
          200: z.object({
            dryRun: z.boolean(),
            rows: z.number(),
            stored: z.number(),
            duplicates: z.number(),
            errors: z.array(z.object({ line: z.number(), reason: z.string() })),
          }),
        },
      },
    },
    async (request) => importMessages(deps, actorOf(request), request.body),
  );

  app.get(
    "/api/v1/inbox-accounts",
    {
      config: { permission: "inbox.accounts.read" },
      schema: {
        tags,
        summary: "The organisation's connected platform accounts (never their secrets)",
        response: { 200: z.object({ accounts: z.array(accountViewSchema) }) },
      },
    },
    async (request) => ({ accounts: (await listAccounts(deps, actorOf(request))).map(accountView) }),
  );
  app.post(
    "/api/v1/inbox-accounts",
    {
      config: { permission: "inbox.accounts" },
      schema: {
        tags,
        summary: "Connect a platform account: its settings and encrypted secrets (audited)",
        body: accountBodySchema,
        response: { 200: accountViewSchema },
      },
    },
    async (request) => accountView(await connectAccount(deps, actorOf(request), request.body)),
  );
  app.put(
    "/api/v1/inbox-accounts/:id/rules",
    {
      config: { permission: "inbox.accounts" },
      schema: {
        tags,
        summary:
          "Set an account's inbox rules: second-person approval of replies, and what is hidden automatically on arrival (audited)",
        params: accountParams,
        body: accountRulesSchema,
        response: { 200: accountViewSchema },
      },
    },
    async (request) =>
      accountView(await setAccountRules(deps, actorOf(request), request.params.id, request.body)),
  );
};

function accountView(account: AccountRow) {
  const polls = (POLLING_PLATFORMS as readonly string[]).includes(account.platform);
  return {
    id: account.id,
    platform: account.platform,
    platformLabel: platformLabel(account.platform),
    name: account.name,
    webhookPath: HAS_WEBHOOK.has(account.platform)
      ? `/api/v1/webhooks/${account.platform}/${account.id}`
      : null,
    polls,
    lastPolledAt: account.polled_at?.toISOString() ?? null,
    pollProblem: account.poll_error,
    rules: rulesOf(account),
  };
}

const HAS_WEBHOOK: ReadonlySet<string> = new Set(WEBHOOK_PLATFORMS);

async function itemExists(deps: Deps, actor: ReturnType<typeof actorOf>, itemId: string): Promise<string> {
  const item = await findItem(deps.db, actor.organisationId, itemId);
  if (!item) throw new AppError("not_found", "There is no such message in your organisation's inbox.");
  return item.id;
}
