import { AppError } from "../errors.js";
import type { ParsedPack } from "./parse-pack.js";

/** A pack with its `extends` chain folded in: parent rules first, overridden by the child. */
export type ResolvedPack = ParsedPack;

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

/** Merges a pack with the pack it extends (recursively); cycles and unknown parents are errors. */
export function resolvePack(
  id: string,
  packs: ReadonlyMap<string, ParsedPack>,
  seen: string[] = [],
): ResolvedPack {
  const pack = packs.get(id);
  if (!pack)
    throw new AppError(
      "not_found",
      `unknown pack "${id}"; known packs: ${[...packs.keys()].sort().join(", ")}`,
    );
  if (seen.includes(id))
    throw new AppError("validation", `${pack.file}: extends: cycle ${[...seen, id].join(" → ")}`);
  if (!pack.extends) return pack;
  if (!packs.has(pack.extends)) {
    throw new AppError("validation", `${pack.file}: extends: unknown pack "${pack.extends}"`);
  }
  const parent = resolvePack(pack.extends, packs, [...seen, id]);
  const replaced = new Set<string>([
    ...pack.remove,
    ...pack.rules.flatMap((r) => (r.overrides ? [r.overrides] : [])),
  ]);
  for (const ref of replaced) {
    if (!parent.rules.some((r) => r.id === ref)) {
      throw new AppError("validation", `${pack.file}: overrides/remove: no rule "${ref}" in ${parent.id}`);
    }
  }
  const childIds = new Set(pack.rules.map((r) => r.id));
  const patched = parent.rules.map((r) => {
    const patch = pack.patches.find((p) => p.rule === r.id);
    if (!patch) return r;
    return {
      ...r,
      id: patch.id ?? r.id,
      clause: patch.clause ?? r.clause,
      message: patch.message ?? r.message,
      suggestion: patch.suggestion ?? r.suggestion,
      severity: patch.severity ?? r.severity,
    };
  });
  for (const [i, patch] of pack.patches.entries()) {
    if (!parent.rules.some((r) => r.id === patch.rule)) {
      throw new AppError(
        "validation",
        `${pack.file}: patches[${i}].rule: no rule "${patch.rule}" in ${parent.id}`,
      );
    }
  }
  const rules = [...patched.filter((r) => !replaced.has(r.id) && !childIds.has(r.id)), ...pack.rules];
  const used = new Set(rules.map((r) => r.clause));
  const clauses = [
    ...pack.clauses,
    ...parent.clauses.filter((c) => !pack.clauses.some((own) => own.id === c.id)),
  ];
  for (const [i, rule] of pack.rules.entries()) {
    if (!clauses.some((c) => c.id === rule.clause)) {
      throw new AppError(
        "validation",
        `${pack.file}: rules[${i}].clause: ${rule.clause} is not listed under clauses`,
      );
    }
  }
  for (const [i, patch] of pack.patches.entries()) {
    if (patch.clause && !clauses.some((c) => c.id === patch.clause)) {
      throw new AppError(
        "validation",
        `${pack.file}: patches[${i}].clause: ${patch.clause} is not listed under clauses`,
      );
    }
  }
  return {
    ...pack,
    clauses: clauses.filter((c) => used.has(c.id)),
    allow: {
      phones: unique([...parent.allow.phones, ...pack.allow.phones]),
      postcodes: unique([...parent.allow.postcodes, ...pack.allow.postcodes]),
      emails: unique([...parent.allow.emails, ...pack.allow.emails]),
      handles: unique([...parent.allow.handles, ...pack.allow.handles]),
      brands: unique([...parent.allow.brands, ...pack.allow.brands]),
      abbreviations: unique([...parent.allow.abbreviations, ...pack.allow.abbreviations]),
    },
    rules,
  };
}
