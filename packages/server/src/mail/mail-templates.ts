import { escapeUTF8 } from "entities";
import type { OutgoingMail } from "./mail-transport.js";

/** The most of a public message an alert e-mail quotes: enough to judge, not the whole thread. */
export const QUOTE_MAX_CHARS = 280;

/**
 * Inbound text made safe to quote: control and bidirectional-override characters (which can
 * make a quote read backwards or hide text) become spaces, runs of white space one space, and
 * anything past `max` characters is cut with an ellipsis. The result is still hostile text:
 * HTML bodies escape it.
 */
export function quotable(text: string, max = QUOTE_MAX_CHARS): string {
  let out = "";
  let count = 0;
  let lastSpace = true;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const blank =
      code < 0x20 ||
      (code >= 0x7f && code < 0xa0) ||
      (code >= 0x202a && code <= 0x202e) ||
      (code >= 0x2066 && code <= 0x2069) ||
      code === 0x200e ||
      code === 0x200f ||
      /\s/u.test(char);
    if (blank) {
      if (!lastSpace) {
        out += " ";
        count += 1;
      }
      lastSpace = true;
    } else {
      out += char;
      count += 1;
      lastSpace = false;
    }
    if (count > max) break;
  }
  const chars = [...out.trim()];
  return chars.length > max ? `${chars.slice(0, max).join("")}…` : chars.join("");
}

const html = (text: string) => escapeUTF8(text);

function page(heading: string, paragraphs: string[], link: { href: string; text: string }, quote?: string) {
  return [
    "<!doctype html>",
    '<html lang="en"><body style="font-family: Arial, sans-serif; color: #212b32">',
    `<h1 style="font-size: 20px">${html(heading)}</h1>`,
    ...paragraphs.map((p) => `<p>${html(p)}</p>`),
    quote
      ? `<blockquote style="border-left: 4px solid #d8dde0; margin: 0; padding: 0 12px; white-space: pre-wrap">${html(quote)}</blockquote>`
      : "",
    `<p><a href="${html(link.href)}">${html(link.text)}</a></p>`,
    "</body></html>",
  ].join("\n");
}

export interface AlertMail {
  to: string;
  title: string;
  body: string;
  /** The public's message, as received (hostile). */
  message: string;
  organisationName: string;
  inboxUrl: string;
}

/** A crisis or threat alert: the notification's words, a bounded quote of the message, the link. */
export function alertMail(a: AlertMail): OutgoingMail {
  const quote = quotable(a.message);
  const intro = `${a.organisationName}: ${a.body}`;
  return {
    to: a.to,
    subject: `[Parapet] ${a.title}`.slice(0, 200),
    text: [
      intro,
      "",
      quote ? "The message begins:" : "The message has no text (a photo, a voice note or a deletion).",
      ...(quote ? [`> ${quote}`] : []),
      "",
      `Open it in the inbox: ${a.inboxUrl}`,
      "",
      "You get this e-mail because you are on the list the policy pack alerts. In-app alerts for crisis and threat cannot be turned off; e-mail can be, on your settings page, while someone else on duty still gets it.",
    ].join("\n"),
    html: page(a.title, [intro], { href: a.inboxUrl, text: "Open it in the inbox" }, quote || undefined),
  };
}

export interface NotificationMail {
  to: string;
  title: string;
  body: string;
  organisationName: string;
  /** The page the notification is about, on this installation. */
  link: string;
}

/** A workflow step for someone who may never open Parapet: what happened, what to do, the page. */
export function notificationMail(n: NotificationMail): OutgoingMail {
  const lines = [`${n.organisationName}: ${n.body}`];
  return {
    to: n.to,
    subject: `[Parapet] ${n.title}`.slice(0, 200),
    text: [
      ...lines,
      "",
      `Open it in Parapet: ${n.link}`,
      "",
      "You get this e-mail because the step is yours to take or its outcome is yours. The same notification is in Parapet.",
    ].join("\n"),
    html: page(n.title, lines, { href: n.link, text: "Open it in Parapet" }),
  };
}

export interface InvitationMail {
  to: string;
  displayName: string;
  organisationName: string;
  link: string;
  expiresAt: Date;
}

/** An invitation: the one-time set-password link and when it stops working. */
export function invitationMail(i: InvitationMail): OutgoingMail {
  const until = i.expiresAt.toLocaleString("en-GB", {
    timeZone: "Europe/London",
    dateStyle: "long",
    timeStyle: "short",
  });
  const lines = [
    `Hello ${quotable(i.displayName, 200)},`,
    `You have been invited to Parapet for ${i.organisationName}. Choose your password with the link below; it works once, until ${until}.`,
    "If you did not expect this, ignore it: nothing happens until the link is used.",
  ];
  return {
    to: i.to,
    subject: `[Parapet] Set your password for ${i.organisationName}`.slice(0, 200),
    text: [...lines, "", i.link].join("\n"),
    html: page("Set your Parapet password", lines, { href: i.link, text: "Set your password" }),
  };
}
