import type { ROUTES, TRIAGE_CATEGORIES, TRIAGE_FLAGS, URGENCIES } from "@parapet/core";

/** What people read for each stored code (the UI never shows a code). */
export const CATEGORY_LABELS: Readonly<Record<(typeof TRIAGE_CATEGORIES)[number], string>> = {
  crisis: "Crisis: someone may be at risk",
  threat: "Threat",
  subject_access: "Request for personal information",
  foi: "Freedom of information request",
  media: "Media enquiry",
  complaint: "Complaint",
  clinical_question: "Clinical question",
  pals: "Question for PALS",
  abuse: "Abuse",
  compliment: "Compliment",
  spam: "Spam",
  general: "General",
};

export const URGENCY_LABELS: Readonly<Record<(typeof URGENCIES)[number], string>> = {
  critical: "Critical: act now",
  high: "High",
  normal: "Normal",
  low: "Low",
};

export const FLAG_LABELS: Readonly<Record<(typeof TRIAGE_FLAGS)[number], string>> = {
  abuse: "Abusive language",
  names_staff: "Names or targets a member of staff",
  contains_pii: "Contains personal information",
  non_english: "Not in English",
  recording: "Mentions a recording",
};

export const ROUTE_LABELS: Readonly<Record<(typeof ROUTES)[number], string>> = {
  crisis: "Crisis response",
  security: "Security and the police liaison",
  information_governance: "Information governance",
  foi: "Freedom of information team",
  press_office: "Press office",
  complaints: "Complaints team",
  pals: "PALS",
  communications: "Communications team",
};

export const CHANNEL_LABELS = {
  mention: "Mention",
  comment: "Comment",
  reply: "Reply",
  dm: "Direct message",
  review: "Review",
} as const;

const PLATFORM_LABELS: Readonly<Record<string, string>> = {
  facebook: "Facebook",
  instagram: "Instagram",
  x: "X",
  bluesky: "Bluesky",
  linkedin: "LinkedIn",
  mastodon: "Mastodon",
  youtube: "YouTube",
  tiktok: "TikTok",
  whatsapp: "WhatsApp",
  nhs_website: "NHS website",
};

/** An imported platform without a label reads as its name, capitalised, underscores as spaces. */
export function platformLabel(platform: string): string {
  const known = PLATFORM_LABELS[platform];
  if (known) return known;
  const words = platform.replace(/[_-]+/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const MODERATION_LABELS = {
  visible: "Shown",
  hidden: "Hidden by us",
  deleted: "Deleted by us",
} as const;

export const HISTORY_LABELS: Readonly<Record<string, string>> = {
  "inbox.received": "Arrived",
  "inbox.edited_on_platform": "Edited by its author on the platform",
  "inbox.deleted_on_platform": "Deleted on the platform",
  "inbox.hidden_on_platform": "Hidden on the platform",
  "inbox.unhidden_on_platform": "Shown again on the platform",
  "inbox.triaged": "Triaged",
  "inbox.alerted": "The team on duty was alerted",
  "inbox.acknowledged": "Acknowledged",
  "inbox.assigned": "Assigned",
  "inbox.handed_back": "Handed back",
  "inbox.status_changed": "Status changed",
  "inbox.tagged": "Tag added",
  "inbox.untagged": "Tag removed",
  "inbox.note_added": "Internal note added",
  "inbox.reply_queued": "Reply checked and queued",
  "inbox.reply_sent": "Reply sent",
  "inbox.reply_failed": "Reply could not be sent",
  "inbox.hide": "Hidden",
  "inbox.unhide": "Hide undone",
  "inbox.delete": "Deleted",
  "inbox.reinstate": "Reinstated",
  "inbox.moderation_done": "The platform confirmed the action",
  "inbox.report": "Reported to the platform",
  "inbox.block": "Author blocked",
  "inbox.reply_awaiting_approval": "Reply waiting for a second person's approval",
  "inbox.reply_approved": "Reply approved",
  "inbox.reply_rejected": "Reply not approved",
  "inbox.auto_hidden": "Hidden automatically",
  "inbox.escalated": "Overdue: escalated",
  "inbox.out_of_hours_alert": "Out of hours: the on-call list was alerted",
  "inbox.legal_clock_started": "Legal clock started",
  "inbox.handed_off": "Handed off",
  "inbox.staff_step_taken": "Step taken for the member of staff named",
};

export const LEGAL_CLOCK_LABELS = {
  foi: "Freedom of information request: 20 working days to answer",
  subject_access: "Request for personal information: one calendar month to answer",
} as const;

/** How far an overdue item has been escalated, by level. */
export const ESCALATION_LABELS: Readonly<Record<number, string>> = {
  1: "Overdue: its assignee was told",
  2: "Overdue: escalated to the head of communications",
};

const AUTO_HIDE_RULE_LABELS: Readonly<Record<string, string>> = {
  words: "Hidden automatically: it contains a word this account blocks",
  links: "Hidden automatically: it contains a link",
  abuse: "Hidden automatically: triage found it abusive",
};

export function autoHideRuleLabel(rule: string): string {
  return AUTO_HIDE_RULE_LABELS[rule] ?? "Hidden automatically";
}
