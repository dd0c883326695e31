import { parseDocument } from "yaml";
import type { z } from "zod";
import { AppError } from "../errors.js";
import { type DetectorSpec, detectorSchema, type PackFile, packFileSchema } from "./pack.schema.js";

/** A pack file after validation: every rule's detector and parameters checked. */
export interface ParsedPack extends Omit<PackFile, "rules"> {
  readonly file: string;
  readonly rules: ReadonlyArray<PackFile["rules"][number] & { readonly spec: DetectorSpec }>;
}

function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? String(part) : `.${String(part)}`;
  }
  return out === "" ? "(top level)" : out;
}

/** A union's own message ("Invalid input") says nothing; report the branch that got furthest. */
function deepest(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== "invalid_union" || issue.errors.length === 0) return issue;
  let best: z.core.$ZodIssue | undefined;
  for (const branch of issue.errors) {
    for (const inner of branch) {
      const candidate = deepest({ ...inner, path: [...issue.path, ...inner.path] } as z.core.$ZodIssue);
      if (!best || candidate.path.length > best.path.length) best = candidate;
    }
  }
  return best ?? issue;
}

function issueMessage(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  prefix: ReadonlyArray<PropertyKey> = [],
) {
  const raw = issues[0];
  const first = raw ? deepest(raw) : undefined;
  if (!first) return `${file}: invalid pack`;
  const more =
    issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? "s" : ""})` : "";
  return `${file}: ${formatPath([...prefix, ...first.path])}: ${first.message}${more}`;
}

/**
 * Parses and validates one pack.yaml. Errors are `validation` AppErrors naming the
 * file, the path inside it and the reason, so a trust can fix its own pack.
 */
export function parsePack(source: string, file: string): ParsedPack {
  const doc = parseDocument(source, { prettyErrors: true, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = yamlError.linePos?.[0]?.line;
    throw new AppError(
      "validation",
      `${file}:${line ?? "?"}: YAML syntax: ${yamlError.message.split("\n")[0]}`,
    );
  }
  const parsed = packFileSchema.safeParse(doc.toJS());
  if (!parsed.success) throw new AppError("validation", issueMessage(file, parsed.error.issues));
  const pack = parsed.data;
  const ids = new Set<string>();
  const rules = pack.rules.map((rule, i) => {
    if (ids.has(rule.id))
      throw new AppError("validation", `${file}: rules[${i}].id: duplicate rule id ${rule.id}`);
    ids.add(rule.id);
    const spec = detectorSchema.safeParse({ detector: rule.detector, params: rule.params ?? {} });
    if (!spec.success) throw new AppError("validation", issueMessage(file, spec.error.issues, ["rules", i]));
    return { ...rule, spec: spec.data };
  });
  const clauseIds = new Set(pack.clauses.map((c) => c.id));
  rules.forEach((rule, i) => {
    if (clauseIds.size > 0 && !clauseIds.has(rule.clause) && !pack.extends) {
      throw new AppError(
        "validation",
        `${file}: rules[${i}].clause: ${rule.clause} is not listed under clauses`,
      );
    }
  });
  return { ...pack, file, rules };
}
