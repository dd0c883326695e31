import { AppError, type ErrorCode } from "@parapet/core";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { Actor } from "../audit/actor.js";
import type { Deps } from "../create-deps.js";
import { sendError } from "../http/error-envelope.js";
import { connectorForAccount } from "./connector-for-account.js";
import type { WebhookRequest } from "./connectors/connector.js";
import { DEFAULT_MAX_WEBHOOK_BYTES } from "./connectors/normalise.js";
import { accountsOf, findAccountById } from "./inbox-accounts.repository.js";
import { ingestItems } from "./ingest.service.js";

/** The platforms whose accounts have a webhook address (docs/inbox.md). */
export const WEBHOOK_PLATFORMS = ["facebook", "instagram", "x"] as const;

const WEBHOOK_SUMMARY: Readonly<Record<(typeof WEBHOOK_PLATFORMS)[number], string>> = {
  facebook: "Facebook Page webhook: the set-up handshake (GET) and signed deliveries (POST)",
  instagram: "Instagram webhook: the set-up handshake (GET) and signed deliveries (POST)",
  x: "X Account Activity webhook: the CRC challenge (GET crc_token) and signed deliveries (POST)",
};

const STATUS_CODE: Readonly<Record<number, ErrorCode>> = {
  400: "validation",
  401: "unauthenticated",
  403: "forbidden",
  405: "method_not_allowed",
  413: "payload_too_large",
};

const receiptSchema = z.object({
  received: z.number().int(),
  stored: z.number().int(),
  duplicates: z.number().int(),
  ignored: z.number().int(),
});

/**
 * The platforms' webhooks, one address per connected account
 * (`/api/v1/webhooks/{facebook,instagram,x}/{account id}`, docs/inbox.md): the handshake (Meta's
 * verify token, X's CRC challenge), the signature over the raw body (a bad one is a 401 and
 * nothing is stored), the payload (a malformed one is a 400 and nothing is stored), then every item stored with its triage job in one transaction
 * before the 200 goes back, so an acknowledged delivery is never lost.
 */
export const webhookRoutes: FastifyPluginAsyncZod<{ deps: Deps }> = async (app, { deps }) => {
  // The signature is over the bytes as sent: keep them, never a re-serialised parse.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    "*",
    { parseAs: "buffer", bodyLimit: DEFAULT_MAX_WEBHOOK_BYTES },
    (_r, body, done) => done(null, body),
  );
  for (const platform of WEBHOOK_PLATFORMS) {
    app.route({
      method: ["GET", "POST"],
      url: `/api/v1/webhooks/${platform}/:accountId`,
      bodyLimit: DEFAULT_MAX_WEBHOOK_BYTES,
      config: { permission: "public" },
      schema: {
        tags: ["inbox"],
        summary: WEBHOOK_SUMMARY[platform],
        params: z.object({ accountId: z.uuid("must be a connected account's id") }),
        response: { 200: receiptSchema.or(z.string()) },
      },
      handler: async (request, reply) => {
        const account = await findAccountById(deps.db, request.params.accountId);
        if (!account || account.platform !== platform)
          throw new AppError("not_found", "There is no such connected account.");
        const connector = await connectorForAccount(deps, account);
        if (!connector.verifyWebhook || !connector.parseWebhook)
          throw new AppError("not_found", "This account does not take webhooks.");
        const raw = request.body;
        const webhook: WebhookRequest = {
          method: request.method,
          query: new URLSearchParams(request.url.split("?")[1] ?? ""),
          headers: request.headers,
          rawBody: Buffer.isBuffer(raw) ? new Uint8Array(raw) : new Uint8Array(),
        };
        const verdict = connector.verifyWebhook(webhook);
        if (verdict.kind === "handshake") return reply.type(verdict.contentType).send(verdict.body);
        if (verdict.kind === "rejected")
          return sendError(reply, STATUS_CODE[verdict.status] ?? "validation", verdict.reason);
        const parsed = connector.parseWebhook(webhook);
        if (!parsed.ok)
          return sendError(reply, "validation", `The payload is not valid: ${parsed.error.message}`);
        // One app can serve several of the organisation's accounts: each item names its own.
        const accounts = new Map(
          (await accountsOf(deps.db, account.organisation_id))
            .filter((a) => a.platform === platform)
            .map((a) => [a.external_account_id, a.id]),
        );
        const known = parsed.value.items.filter((item) => accounts.has(item.account));
        const actor: Actor = {
          kind: "system",
          id: null,
          organisationId: account.organisation_id,
          roles: [],
          requestId: request.id,
        };
        const result = await ingestItems(deps, {
          organisationId: account.organisation_id,
          accountId: account.id,
          accountOf: (item) => accounts.get(item.account) ?? null,
          items: known,
          actor,
          source: "webhook",
        });
        const ignored = parsed.value.ignored + parsed.value.items.length - known.length;
        const { stored, duplicates } = result;
        return { received: parsed.value.items.length, stored, duplicates, ignored };
      },
    });
  }
};
