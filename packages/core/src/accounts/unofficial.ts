import { defineWorkflow, type Guard } from "../workflow/define-workflow.js";
import { COMMUNICATIONS_ROLES } from "./account-workflows.js";

/**
 * Possible unofficial accounts (EPUT CPG58 §8.2: the Communications Team monitors use of the
 * Trust name, logo and other branding, and reports unauthorised use; RWT Attachment 2 §3.5:
 * staff must not set up their own forum claiming to be on behalf of the Trust). A handle seen in
 * the inbox, or reported by a member of staff, that uses the organisation's name or brand and is
 * not in the register becomes an item for the communications team to decide: confirm it as ours
 * (link it to the register or add it), claim it (start an account request), report it to the
 * platform, or dismiss it with a reason. Pure: the server, the page and the tests share it.
 */

export const UNOFFICIAL_CLAUSE =
  "CPG58 §8.2 (the Communications Team will monitor use of the Trust name, logo and other branding); RWT Attachment 2 §3.5 (staff must not establish their own social media forum claiming to be on behalf of the Trust)";

export const UNOFFICIAL_STATES = ["open", "claimed", "reported", "confirmed", "dismissed"] as const;
export type UnofficialState = (typeof UNOFFICIAL_STATES)[number];

export const UNOFFICIAL_EVENTS = ["confirm", "claim", "report", "dismiss", "reopen"] as const;
export type UnofficialEvent = (typeof UNOFFICIAL_EVENTS)[number];

export const UNOFFICIAL_STATE_LABELS: Readonly<Record<UnofficialState, string>> = {
  open: "To decide",
  claimed: "Claimed: a request started",
  reported: "Reported to the platform",
  confirmed: "Confirmed as ours",
  dismissed: "Dismissed",
};

export const UNOFFICIAL_EVENT_LABELS: Readonly<Record<UnofficialEvent, string>> = {
  confirm: "Confirm as ours",
  claim: "Claim it: start an account request",
  report: "Report it to the platform",
  dismiss: "Dismiss",
  reopen: "Reopen",
};

export const UNOFFICIAL_SOURCE_LABELS = {
  inbox: "Seen in the inbox",
  staff: "Reported by staff",
} as const;
export type UnofficialSource = keyof typeof UNOFFICIAL_SOURCE_LABELS;

/** What the guards look at: the reasons given with the step. */
export interface UnofficialContext {
  reasons: string | null;
}

const reasonsGiven: Guard<UnofficialContext> = (c) =>
  c.reasons && c.reasons.trim().length > 0 ? undefined : "Say why: the reason is kept with the decision.";

/**
 * open → confirmed (ours: in the register now), claimed (an account request started), reported
 * (to the platform, through the incident reporting route: CPG58 §8.2) or dismissed (with a
 * reason); a claimed or reported account may still be confirmed or dismissed, and a dismissed or
 * reported one reopened. Confirmed is final: the account is in the register from then on.
 */
export const unofficialWorkflow = defineWorkflow<UnofficialState, UnofficialEvent, UnofficialContext>({
  initial: "open",
  states: UNOFFICIAL_STATES,
  final: ["confirmed"],
  stateLabels: {
    open: "waiting for a decision",
    claimed: "claimed",
    reported: "reported to the platform",
    confirmed: "confirmed as ours",
    dismissed: "dismissed",
  },
  transitions: {
    confirm: {
      from: ["open", "claimed", "reported"],
      to: "confirmed",
      roles: COMMUNICATIONS_ROLES,
      label: "confirmed as ours",
    },
    claim: { from: ["open"], to: "claimed", roles: COMMUNICATIONS_ROLES, label: "claimed" },
    report: {
      from: ["open", "claimed"],
      to: "reported",
      roles: COMMUNICATIONS_ROLES,
      guards: [reasonsGiven],
      label: "reported to the platform",
    },
    dismiss: {
      from: ["open", "claimed", "reported"],
      to: "dismissed",
      roles: COMMUNICATIONS_ROLES,
      guards: [reasonsGiven],
      label: "dismissed",
    },
    reopen: { from: ["dismissed", "reported"], to: "open", roles: COMMUNICATIONS_ROLES, label: "reopened" },
  },
});

/** Letters and digits only, lower case: how a name and a handle are compared. */
export function compact(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFKD").toLowerCase()) {
    const code = ch.charCodeAt(0);
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) out += ch;
  }
  return out;
}

/** A handle as the register folds it: no leading @, lower case, trimmed. */
export function normaliseHandle(handle: string): string {
  let h = handle.trim();
  while (h.startsWith("@")) h = h.slice(1);
  return h.trim().toLowerCase();
}

/** Path words that are not the account's name (linkedin.com/company/x, bsky.app/profile/x). */
const URL_PREFIXES = new Set([
  "company",
  "in",
  "school",
  "showcase",
  "profile",
  "groups",
  "pages",
  "channel",
  "c",
  "user",
]);

/** The handle an account's address names (x.com/FenmoorNurses → fenmoornurses), or null. */
export function handleFromUrl(url: string): string | null {
  const text = url.trim();
  const lower = text.toLowerCase();
  const scheme = lower.startsWith("https://") ? 8 : lower.startsWith("http://") ? 7 : 0;
  if (scheme === 0) return null;
  const rest = text.slice(scheme);
  let hostEnd = rest.length;
  for (const stop of ["/", "?", "#"]) {
    const at = rest.indexOf(stop);
    if (at !== -1 && at < hostEnd) hostEnd = at;
  }
  const host = rest.slice(0, hostEnd);
  if (host.length === 0 || host.includes(" ")) return null;
  let path = rest.slice(hostEnd);
  const hash = path.indexOf("#");
  if (hash !== -1) path = path.slice(0, hash);
  const question = path.indexOf("?");
  const query = question === -1 ? "" : path.slice(question + 1);
  if (question !== -1) path = path.slice(0, question);
  const id = query
    .split("&")
    .find((pair) => pair.startsWith("id="))
    ?.slice(3);
  if (path.endsWith("profile.php") && id) return normaliseHandle(id);
  const segments = path.split("/").filter((s) => s.length > 0);
  let i = 0;
  while (i < segments.length - 1 && URL_PREFIXES.has((segments[i] ?? "").toLowerCase())) i += 1;
  const segment = segments[i];
  if (!segment) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return null;
  }
  const handle = normaliseHandle(decoded);
  return handle.length > 0 && handle.length <= 100 ? handle : null;
}

/** A brand word to look for: as the organisation wrote it, and compacted. */
export interface BrandNeedle {
  term: string;
  compact: string;
}

/** Words that name any NHS body, not this one: dropped from the organisation's name. */
const GENERIC = new Set(["the", "nhs", "trust", "foundation", "ft", "of", "and"]);

/**
 * What to look for: the organisation's name without the words every trust shares ("Fenmoor
 * Community Health NHS Trust" → "Fenmoor Community Health"), and the brand terms it set
 * (short names, initials, hospital names). Terms shorter than three letters are ignored.
 */
export function brandNeedles(organisationName: string, terms: readonly string[]): BrandNeedle[] {
  const words = organisationName.split(/\s+/).filter((w) => w.length > 0);
  while (words.length > 0 && GENERIC.has((words[0] ?? "").toLowerCase())) words.shift();
  while (words.length > 0 && GENERIC.has((words[words.length - 1] ?? "").toLowerCase())) words.pop();
  const needles: BrandNeedle[] = [];
  const seen = new Set<string>();
  for (const term of [words.join(" "), ...terms]) {
    const c = compact(term);
    if (c.length < 3 || seen.has(c)) continue;
    seen.add(c);
    needles.push({ term: term.trim(), compact: c });
  }
  return needles;
}

/** Words of a name or handle: split at anything not a letter or digit, and at lower-to-upper case. */
function words(text: string): string[] {
  const out: string[] = [];
  let word = "";
  let previousLower = false;
  for (const ch of text.normalize("NFKD")) {
    const lower = ch.toLowerCase();
    const code = lower.charCodeAt(0);
    const alnum = (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
    const upper = alnum && ch !== lower;
    if (!alnum || (upper && previousLower)) {
      if (word) out.push(word);
      word = "";
    }
    if (alnum) word += lower;
    previousLower = alnum && !upper;
  }
  if (word) out.push(word);
  return out;
}

/**
 * The brand terms a handle or display name uses. A term of five letters or more matches inside
 * the compacted text ("fenmoornurses" has "fenmoor"); a shorter one (initials) only as a word of
 * the name, or at the start or end of the handle ("RWT Nurses", "rwtnurses"), so that "rwt" is
 * not found in "hardwtime".
 */
export function brandMatches(
  needles: readonly BrandNeedle[],
  handle: string,
  displayName: string | null,
): string[] {
  const h = compact(handle);
  const n = displayName ? compact(displayName) : "";
  let nameWords: Set<string> | null = null;
  const matched: string[] = [];
  for (const needle of needles) {
    let hit: boolean;
    if (needle.compact.length >= 5) hit = h.includes(needle.compact) || n.includes(needle.compact);
    else {
      nameWords ??= new Set([...words(handle), ...(displayName ? words(displayName) : [])]);
      hit = h.startsWith(needle.compact) || h.endsWith(needle.compact) || nameWords.has(needle.compact);
    }
    if (hit) matched.push(needle.term);
  }
  return matched;
}

/** Whether any needle can be in this text at all (the cheap test before looking for mentions). */
export function mayMention(needles: readonly BrandNeedle[], text: string): boolean {
  if (!text.includes("@")) return false;
  const c = compact(text);
  return needles.some((needle) => c.includes(needle.compact));
}

const isHandleChar = (code: number) =>
  (code >= 97 && code <= 122) ||
  (code >= 65 && code <= 90) ||
  (code >= 48 && code <= 57) ||
  code === 95 ||
  code === 46 ||
  code === 45;

/** The @handles a message mentions (not e-mail addresses), in order, each once; one pass. */
export function mentionedHandles(text: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  for (let i = text.indexOf("@"); i !== -1; i = text.indexOf("@", i + 1)) {
    const before = i > 0 ? text.charCodeAt(i - 1) : 32;
    if (isHandleChar(before) || before === 64) continue;
    let end = i + 1;
    while (end < text.length && end - i <= 100 && isHandleChar(text.charCodeAt(end))) end += 1;
    let handle = text.slice(i + 1, end);
    while (handle.endsWith(".") || handle.endsWith("-")) handle = handle.slice(0, -1);
    const key = handle.toLowerCase();
    if (handle.length > 0 && !seen.has(key)) {
      seen.add(key);
      found.push(handle);
    }
    i = end - 1;
  }
  return found;
}
