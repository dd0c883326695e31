import type { Pack } from "@parapet/core/packs";
import { loadPacks } from "@parapet/core/packs";
import { useEffect, useState } from "react";
import { api } from "../api.js";

export interface PackListItem {
  id: string;
  organisation: string;
  document: string;
  version: string;
  nextReviewDate: string;
}

/** The packs the server lists (empty until they arrive), and why not if they could not be listed. */
export function usePackList(): { packs: PackListItem[]; error: string | undefined } {
  const [packs, setPacks] = useState<PackListItem[]>([]);
  const [error, setError] = useState<string | undefined>();
  useEffect(() => {
    api<PackListItem[]>("/api/v1/packs").then(setPacks, (e: Error) => setError(e.message));
  }, []);
  return { packs, error };
}

/** The pack list, and the chosen pack compiled in the browser from its YAML (checking never waits on the network). */
export function usePack(id: string): {
  packs: PackListItem[];
  pack: Pack | undefined;
  error: string | undefined;
} {
  const { packs, error: listError } = usePackList();
  const [pack, setPack] = useState<Pack | undefined>();
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    let live = true;
    api<Array<{ file: string; source: string }>>(`/api/v1/packs/${encodeURIComponent(id)}/sources`).then(
      (sources) => {
        if (!live) return;
        try {
          setPack(loadPacks(sources).get(id));
          setError(undefined);
        } catch (e) {
          setError(e instanceof Error ? e.message : String(e));
        }
      },
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [id]);

  return { packs, pack, error: error ?? listError };
}
