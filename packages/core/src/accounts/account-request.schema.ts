import { z } from "zod";
import { PLATFORMS } from "../check/categories.js";

/**
 * The account request form: the fields EPUT CPG58 Appendix 1 asks for (the fullest of the five),
 * with CMFT's weekday moderation and FOI recognition, and RWT's posting frequency. Shared by the
 * API and the web form, so the criteria checked as you type are those the server checks.
 */
export const PRESENCE_TYPES = ["page", "group", "account", "personal_profile"] as const;
export type PresenceType = (typeof PRESENCE_TYPES)[number];

export const PRESENCE_LABELS: Readonly<Record<PresenceType, string>> = {
  page: "A page (an organisation's page)",
  group: "A group",
  account: "An account (X, Instagram, Bluesky, LinkedIn and similar)",
  personal_profile: "A personal profile",
};

const text = (max: number) => z.string().trim().max(max);
const uuid = z.uuid();

export const accountRequestFormSchema = z.strictObject({
  service: text(200),
  purpose: text(4000),
  objectives: text(4000),
  audience: text(2000),
  platform: z.enum(PLATFORMS),
  proposedName: text(200),
  handle: text(100),
  presence: z.enum(PRESENCE_TYPES),
  contentPlan: text(4000),
  postsPerWeek: z.number().int().min(0).max(1000),
  /** Who will post and manage it (the approved users), by their Parapet account. */
  approvedUserIds: z.array(uuid).max(20),
  /** The requester's declaration that the approved users have done the communications team's training. */
  approvedUsersTrained: z.boolean(),
  /** Who moderates, when, and who covers absence. */
  moderationPlan: text(4000),
  moderatedEveryWeekday: z.boolean(),
  cover: text(2000),
  /** The team has had training to recognise a Freedom of Information request (CMFT). */
  foiTrained: z.boolean(),
  resources: text(2000),
  successMeasures: text(2000),
  /** The requester's line manager, who endorses the request. */
  lineManagerId: uuid.nullable(),
});
export type AccountRequestForm = z.infer<typeof accountRequestFormSchema>;

/** An empty form, as a new draft starts. */
export const EMPTY_REQUEST_FORM: AccountRequestForm = {
  service: "",
  purpose: "",
  objectives: "",
  audience: "",
  platform: "facebook",
  proposedName: "",
  handle: "",
  presence: "page",
  contentPlan: "",
  postsPerWeek: 0,
  approvedUserIds: [],
  approvedUsersTrained: false,
  moderationPlan: "",
  moderatedEveryWeekday: false,
  cover: "",
  foiTrained: false,
  resources: "",
  successMeasures: "",
  lineManagerId: null,
};

/** What must be filled in before a request can be submitted, with the words a person reads. */
export const REQUIRED_TO_SUBMIT: ReadonlyArray<readonly [keyof AccountRequestForm, string]> = [
  ["service", "the service or team"],
  ["purpose", "the purpose and objectives"],
  ["audience", "the audience"],
  ["proposedName", "the proposed name"],
  ["contentPlan", "the content plan"],
  ["moderationPlan", "who moderates it and when"],
  ["lineManagerId", "your line manager"],
];

export function missingToSubmit(form: AccountRequestForm): string[] {
  return REQUIRED_TO_SUBMIT.filter(([key]) => {
    const v = form[key];
    return v === null || (typeof v === "string" && v.trim() === "");
  }).map(([, label]) => label);
}
