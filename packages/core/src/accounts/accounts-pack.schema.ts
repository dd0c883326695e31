import { parseDocument } from "yaml";
import { z } from "zod";
import { AppError } from "../errors.js";
import { ROLES } from "../roles.js";

/**
 * A pack's account rules (packs/<id>/accounts.yaml): who approves, how often accounts are
 * reviewed, when one is dormant, how many admins it needs, which training makes an approved
 * user, and the criteria a request is checked against, each with its clause. Packs are data;
 * the checks are code (accounts-criteria.ts) that a pack chooses and tunes.
 */
export const CRITERION_CHECKS = [
  "posting_frequency",
  "approved_user_named",
  "moderation_plan",
  "foi_training",
  "page_not_personal_profile",
] as const;
export type CriterionCheck = (typeof CRITERION_CHECKS)[number];

const clause = z.string().min(1).max(500);
const id = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, "lower-case letters, digits, _ or -");

export const criterionSchema = z.strictObject({
  id,
  check: z.enum(CRITERION_CHECKS),
  clause,
  /** What is wrong when the criterion is not met, for the requester. */
  message: z.string().min(1).max(500),
  params: z
    .strictObject({
      /** posting_frequency: posts a week must be more than this (RWT: more than three). */
      moreThan: z.number().int().min(0).max(100).optional(),
      /** moderation_plan: the plan must cover every weekday (CMFT). */
      weekdays: z.boolean().optional(),
    })
    .optional(),
});
export type Criterion = z.infer<typeof criterionSchema>;

const ruleWithRoles = z.strictObject({
  roles: z.array(z.enum(ROLES)).min(1),
  /** The post the policy names (EPUT: Associate Director of Communications). */
  title: z.string().min(1).max(200),
  clause,
});

const reviewPart = z.strictObject({ title: z.string().min(1).max(200), clause });

export const trainingModuleSchema = z.strictObject({
  id,
  label: z.string().min(1).max(200),
  /** Months a completion stays in date; absent: it never lapses. */
  validMonths: z.number().int().min(1).max(120).optional(),
  clause,
});

export const accountsFileSchema = z.strictObject({
  pack: id,
  extends: id.optional(),
  approver: ruleWithRoles.optional(),
  endorser: z.strictObject({ title: z.string().min(1).max(200), clause }).optional(),
  review: z
    .strictObject({
      intervalMonths: z.number().int().min(1).max(60),
      /** Days before a review falls due that its admins and communications are reminded. */
      remindDaysBefore: z.number().int().min(1).max(180).optional(),
      clause,
      /** Who signs each of the review's two parts, and the clause it answers (review-workflow.ts). */
      owner: reviewPart,
      communications: reviewPart,
    })
    .optional(),
  dormant: z.strictObject({ afterMonths: z.number().int().min(1).max(36), clause }).optional(),
  admins: z
    .strictObject({
      minimum: z.number().int().min(1).max(20),
      communicationsTeamRequired: z.boolean(),
      clause,
    })
    .optional(),
  setup: z.strictObject({ clause }).optional(),
  handover: z.strictObject({ withinDays: z.number().int().min(1).max(90), clause }).optional(),
  adminAudit: z.strictObject({ intervalMonths: z.number().int().min(1).max(60), clause }).optional(),
  training: z
    .strictObject({
      modules: z.array(trainingModuleSchema).max(50),
      /** The modules an approved user must hold in date. */
      required: z.array(id).max(50),
      clause,
    })
    .optional(),
  criteria: z.array(criterionSchema).max(50).optional(),
});
export type AccountsFile = z.infer<typeof accountsFileSchema>;

/** A pack's account rules after `extends` is resolved: every setting present. */
export interface AccountsPack {
  pack: string;
  approver: z.infer<typeof ruleWithRoles>;
  endorser: { title: string; clause: string };
  review: {
    intervalMonths: number;
    remindDaysBefore?: number;
    clause: string;
    owner: { title: string; clause: string };
    communications: { title: string; clause: string };
  };
  dormant: { afterMonths: number; clause: string };
  admins: { minimum: number; communicationsTeamRequired: boolean; clause: string };
  setup: { clause: string };
  adminAudit: { intervalMonths: number; clause: string };
  handover: { withinDays: number; clause: string };
  training: { modules: z.infer<typeof trainingModuleSchema>[]; required: string[]; clause: string };
  criteria: Criterion[];
}

function where(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const part of path)
    out += typeof part === "number" ? `[${part}]` : out ? `.${String(part)}` : String(part);
  return out || "(top level)";
}

/** Parses one accounts.yaml; errors are `validation` naming the file, the field and the reason. */
export function parseAccountsFile(source: string, file: string): AccountsFile {
  const doc = parseDocument(source, { uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError)
    throw new AppError(
      "validation",
      `${file}:${yamlError.linePos?.[0]?.line ?? "?"}: YAML syntax: ${yamlError.message.split("\n")[0]}`,
    );
  const parsed = accountsFileSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("validation", `${file}: ${where(issue?.path ?? [])}: ${issue?.message ?? "invalid"}`);
  }
  const ids = new Set<string>();
  parsed.data.criteria?.forEach((c, i) => {
    if (ids.has(c.id))
      throw new AppError("validation", `${file}: criteria[${i}].id: duplicate criterion ${c.id}`);
    ids.add(c.id);
  });
  const modules = new Set(parsed.data.training?.modules.map((m) => m.id));
  parsed.data.training?.required.forEach((m, i) => {
    if (!modules.has(m))
      throw new AppError(
        "validation",
        `${file}: training.required[${i}]: ${m} is not one of training.modules`,
      );
  });
  return parsed.data;
}

/** The settings every resolved pack has, each taken whole from the nearest file that sets it. */
const SETTING_KEYS = [
  "approver",
  "endorser",
  "review",
  "dormant",
  "admins",
  "setup",
  "adminAudit",
  "handover",
  "training",
] as const;

/**
 * Resolves a pack's accounts.yaml against those it extends, root first: a child's setting
 * replaces its parent's, and a criterion with the same id replaces the parent's criterion.
 */
export function resolveAccountsPack(chain: readonly AccountsFile[], file: string): AccountsPack {
  const merged: Partial<AccountsPack> = {};
  const criteria = new Map<string, Criterion>();
  for (const f of chain) {
    for (const key of SETTING_KEYS) if (f[key]) Object.assign(merged, { [key]: f[key] });
    for (const c of f.criteria ?? []) criteria.set(c.id, c);
  }
  const last = chain[chain.length - 1];
  for (const key of SETTING_KEYS)
    if (!merged[key])
      throw new AppError("validation", `${file}: ${key}: missing here and in the packs it extends`);
  return { ...(merged as AccountsPack), pack: last?.pack ?? "", criteria: [...criteria.values()] };
}
