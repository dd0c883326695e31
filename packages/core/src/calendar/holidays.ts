import Holidays from "date-holidays";

/**
 * UK bank holidays from date-holidays, one Set of ISO dates per region and
 * year, computed on first use and kept. Regions are ISO 3166-2 subdivisions
 * of GB: ENG (England), WLS (Wales), SCT (Scotland), NIR (Northern Ireland).
 */
export const UK_REGIONS = ["GB-ENG", "GB-WLS", "GB-SCT", "GB-NIR"] as const;
export type UkRegion = (typeof UK_REGIONS)[number];

const engines = new Map<UkRegion, Holidays>();
const cache = new Map<string, ReadonlySet<string>>();

function engine(region: UkRegion): Holidays {
  let hd = engines.get(region);
  if (!hd) {
    hd = new Holidays("GB", region.slice(3));
    engines.set(region, hd);
  }
  return hd;
}

export function holidaysFor(region: UkRegion, year: number): ReadonlySet<string> {
  const key = `${region}:${year}`;
  let set = cache.get(key);
  if (!set) {
    const days = new Set<string>();
    for (const h of engine(region).getHolidays(year)) {
      // Only days off: "public"/"bank". Mother's Day and other observances are working days.
      if (h.type === "public" || h.type === "bank") days.add(h.date.slice(0, 10));
    }
    set = days;
    cache.set(key, set);
  }
  return set;
}

export function isHoliday(isoDate: string, regions: readonly UkRegion[]): boolean {
  const year = Number(isoDate.slice(0, 4));
  for (const region of regions) if (holidaysFor(region, year).has(isoDate)) return true;
  return false;
}
