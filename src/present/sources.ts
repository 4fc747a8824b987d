/** The numbered source list of a page, shared by every page that cites records. */
import type { Catalog } from '../records/catalog.js';
import type { KindId, SomeRecord } from '../records/collections.js';
import type { SourceT } from '../records/kit.js';
import type { Section } from './doc.js';

/**
 * The numbered source list of one page. The page's own record comes first, in its order;
 * facts borrowed from other records add their sources when first cited.
 */
export class PageSources {
  private readonly list: SourceT[] = [];
  private readonly index = new Map<string, number>();

  constructor(own?: SomeRecord) {
    for (const s of own?.sources ?? []) this.add(s);
  }

  private add(s: SourceT): number {
    const key = `${s.title}|${s.url ?? ''}`;
    let n = this.index.get(key);
    if (n === undefined) {
      this.list.push(s);
      n = this.list.length;
      this.index.set(key, n);
    }
    return n;
  }

  /** Numbers for `cite` ids of `record`'s sources. */
  cite(record: SomeRecord, cite: readonly string[] | undefined): number[] {
    const out: number[] = [];
    for (const id of cite ?? []) {
      const s = record.sources.find((x) => x.id === id);
      if (s) out.push(this.add(s));
    }
    return [...new Set(out)].sort((a, b) => a - b);
  }

  section(): Section {
    return { key: 'sources', title: 'Sources', blocks: this.list.map((s, i) => ({ type: 'ref', n: i + 1, text: s.url ? `${s.title} ${s.url}` : s.title })) };
  }
}


/** Numbers for citations that name their record by kind and id (what the domain functions return). */
export function citeAll(src: PageSources, catalog: Catalog, cites: readonly { kind: KindId; id: string; cite: readonly string[] }[]): number[] {
  const out = cites.flatMap((c) => {
    const r = catalog.get(c.kind, c.id);
    return r ? src.cite(r, c.cite) : [];
  });
  return [...new Set(out)].sort((a, b) => a - b);
}
