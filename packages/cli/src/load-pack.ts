import { AppError, type Pack } from "@parapet/core";
import { packDirectory } from "@parapet/server/packs/load-packs-from-disk.js";

/**
 * One shipped pack, compiled on its own. Every pack is still parsed and validated
 * (an invalid pack fails the command, as the server's load does), but only the one
 * asked for is compiled: compiled phrase indexes are most of a process's memory.
 */
export function loadOnePack(id: string): Pack {
  const packs = packDirectory();
  const pack = packs.compiled(id);
  if (!pack) throw new AppError("not_found", `unknown pack "${id}" (known: ${packs.ids().join(", ")})`);
  return pack;
}
