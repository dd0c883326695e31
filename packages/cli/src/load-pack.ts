import { AppError } from "@parapet/core/errors";
import type { Pack } from "@parapet/core/packs";
import { packDirectory } from "@parapet/server/packs/load-packs-from-disk.js";
import { isPackPath, loadOwnPack } from "@parapet/server/packs/own-pack.js";

/**
 * One pack, compiled on its own: a shipped pack by id, or a trust's own by the path of its
 * directory or pack.yaml (read beside the shipped packs, which it may extend). Every pack is still parsed and validated
 * (an invalid pack fails the command, as the server's load does), but only the one
 * asked for is compiled: compiled phrase indexes are most of a process's memory.
 */
export function loadOnePack(id: string): Pack {
  if (isPackPath(id)) return loadOwnPack(id);
  const packs = packDirectory();
  const pack = packs.compiled(id);
  if (!pack) throw new AppError("not_found", `unknown pack "${id}" (known: ${packs.ids().join(", ")})`);
  return pack;
}
