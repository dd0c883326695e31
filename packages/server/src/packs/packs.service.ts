import { AppError } from "@parapet/core/errors";
import { type Pack, type ResolvedPack, summarisePack } from "@parapet/core/packs";
import { packDirectory, readPackSources } from "./load-packs-from-disk.js";

export function findPackOrThrow(id: string): Pack {
  const pack = packDirectory().compiled(id);
  if (!pack) {
    throw new AppError(
      "not_found",
      `There is no policy pack "${id}". Known packs: ${packDirectory().ids().join(", ")}.`,
    );
  }
  return pack;
}

export function listPacks() {
  const packs = packDirectory();
  return packs.ids().map((id) => summarisePack(packs.resolved(id) as ResolvedPack));
}

/** A pack as people read it: its document, clauses, allow-lists and rules (without detector internals). */
export function describePack(id: string) {
  const pack = findPackOrThrow(id);
  return {
    ...summarisePack(pack),
    extends: pack.extends ?? null,
    ratified: pack.ratified,
    reviewOverdue: pack.nextReviewDate < new Date().toISOString().slice(0, 10),
    clauses: pack.clauses.map((c) => ({ id: c.id, summary: c.summary })),
    allow: {
      phones: [...pack.allow.phones],
      handles: [...pack.allow.handles],
      brands: [...pack.allow.brands],
      abbreviations: [...pack.allow.abbreviations],
    },
    rules: pack.rules.map((r) => ({
      id: r.id,
      category: r.category,
      severity: { ...r.severity },
      clause: r.clause,
      message: r.message,
      suggestion: r.suggestion,
      detector: r.spec.detector,
    })),
  };
}

/** The YAML of a pack and the packs it extends, so the browser can compile it with core. */
export function packSources(id: string) {
  const chain: string[] = [];
  for (
    let at: Pack | undefined = findPackOrThrow(id);
    at;
    at = at.extends ? findPackOrThrow(at.extends) : undefined
  ) {
    chain.push(at.id);
  }
  return readPackSources().filter((s) => chain.some((c) => s.file.endsWith(`/${c}/pack.yaml`)));
}
