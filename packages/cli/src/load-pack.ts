import { AppError, compilePack, type Pack, type ParsedPack, parsePack, resolvePack } from "@parapet/core";
import { readPackSources } from "@parapet/server/packs/load-packs-from-disk.js";

/**
 * One shipped pack, compiled on its own. Every pack is still parsed and validated
 * (an invalid pack fails the command, as the server's load does), but only the one
 * asked for is compiled: compiled phrase indexes are most of a process's memory.
 */
export function loadOnePack(id: string): Pack {
  const parsed = new Map<string, ParsedPack>();
  for (const s of readPackSources()) {
    const pack = parsePack(s.source, s.file);
    parsed.set(pack.id, pack);
  }
  if (!parsed.has(id)) {
    const known = [...parsed.keys()].sort().join(", ");
    throw new AppError("not_found", `unknown pack "${id}" (known: ${known})`);
  }
  return compilePack(resolvePack(id, parsed));
}
