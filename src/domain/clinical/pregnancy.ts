/**
 * Major congenital malformation rates from the pregnancy registries, as rows a chart can
 * rank: one row per drug, registry and dose band (from the newest report of each
 * registry), highest first, with each registry's unexposed baseline. Pure: records in, rows out.
 */
import type { Catalog } from '../../records/catalog.js';
import type { Citation } from './interact.js';

export interface RateRow {
  id: string;
  name: string;
  registry: string;
  registryName: string;
  /** A short name for chart labels. */
  registryShort: string;
  year: number;
  percent: number;
  ci95: [number, number] | null;
  n: number | null;
  cases: number | null;
  /** Null: all doses. */
  doseBand: string | null;
  note: string | null;
  sources: Citation[];
}

export interface Baseline {
  registry: string;
  registryName: string;
  percent: number;
  ci95: [number, number] | null;
  n: number | null;
  year: number;
  note: string | null;
  sources: Citation[];
}

export interface RateQuery {
  /** Only these drugs (ids); all when empty. */
  drugs?: readonly string[];
  /** Only this registry (id). */
  registry?: string;
  /** Keep every report's row, not only the newest per drug, registry and dose band. */
  allYears?: boolean;
}

export function rateRows(catalog: Catalog, q: RateQuery = {}): RateRow[] {
  const wanted = q.drugs?.length ? new Set(q.drugs) : undefined;
  const rows: RateRow[] = [];
  for (const d of catalog.drugs) {
    if (wanted && !wanted.has(d.id)) continue;
    const rates = d.pregnancy.rates.filter((r) => !q.registry || r.registry === q.registry);
    // The newest report of each registry (its dose bands together), unless every year is asked for.
    const newest = new Map<string, number>();
    for (const r of rates) newest.set(r.registry, Math.max(newest.get(r.registry) ?? 0, r.year));
    for (const r of rates.filter((x) => q.allYears || x.year === newest.get(x.registry))) {
      const reg = catalog.get('registry', r.registry);
      rows.push({
        id: d.id,
        name: d.name,
        registry: r.registry,
        registryName: reg?.name ?? r.registry,
        registryShort: reg?.short ?? reg?.name ?? r.registry,
        year: r.year,
        percent: r.percent,
        ci95: r.ci95 ?? null,
        n: r.n ?? null,
        cases: r.cases ?? null,
        doseBand: r.doseBand?.label ?? null,
        note: r.note ?? null,
        sources: [{ kind: 'drug', id: d.id, cite: r.cite }],
      });
    }
  }
  return rows.sort((a, b) => b.percent - a.percent || a.name.localeCompare(b.name) || (a.doseBand ?? '').localeCompare(b.doseBand ?? ''));
}

/** The unexposed baselines of the registries the rows come from. */
export function baselines(catalog: Catalog, rows: readonly RateRow[]): Baseline[] {
  const ids = [...new Set(rows.map((r) => r.registry))];
  return ids.flatMap((id) => {
    const reg = catalog.get('registry', id);
    const b = reg?.baseline;
    if (!reg || !b) return [];
    return [{ registry: id, registryName: reg.name, percent: b.percent, ci95: b.ci95 ?? null, n: b.n ?? null, year: b.year, note: b.note ?? null, sources: [{ kind: 'registry' as const, id, cite: b.cite }] }];
  });
}
