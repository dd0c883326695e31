import type { FastifyReply } from "fastify";
import { SESSION_COOKIE } from "../http/guard.js";

/** The browser keeps only this opaque token; the server stores its hash (session.service.ts). */
export function setSessionCookie(
  reply: FastifyReply,
  session: { token: string; expiresAt: Date },
  secure: boolean,
): void {
  reply.setCookie(SESSION_COOKIE, session.token, { ...cookieAttributes(secure), expires: session.expiresAt });
}

/** Cleared with the attributes it was set with, so the clearing header is as strict as the cookie. */
export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, cookieAttributes(secure));
}

function cookieAttributes(secure: boolean) {
  return { path: "/", httpOnly: true, sameSite: "strict", secure } as const;
}
