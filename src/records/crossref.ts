/**
 * Checks that go across fields and records, after each file passed the schema:
 * citations point at a listed source, ids point at real records, no name is claimed
 * twice, and no record contradicts itself or another.
 */
import { allRecords, type Problem, type RecordSet } from './kinds.js';
import { normalizeName } from './names.js';

/** Maps (record id, field path) to a located problem. */
export type Locate = (id: string, path: (string | number)[]) => Omit<Problem, 'message'>;

export function crossCheck(set: RecordSet, where: Locate): Problem[] {
  const problems: Problem[] = [];
  const report = (id: string, path: (string | number)[], message: string) => problems.push({ ...where(id, path), message });

  const drugIds = new Set(set.drugs.map((d) => d.id));
  const mechanismIds = new Set(set.mechanisms.map((m) => m.id));
  const seizureTypeIds = new Set(set.seizureTypes.map((s) => s.id));
  const conditionIds = new Set([...seizureTypeIds, ...set.syndromes.map((s) => s.id)]);
  const hint = (ids: Set<string>) => {
    const list = [...ids].sort();
    return list.length > 12 ? `${list.slice(0, 12).join(', ')}, ...` : list.join(', ') || '(none)';
  };

  // Citations: every cite names a source of the same record; source ids are unique.
  for (const { record } of allRecords(set)) {
    const sourceIds = new Set<string>();
    record.sources.forEach((s, i) => {
      if (sourceIds.has(s.id)) report(record.id, ['sources', i, 'id'], `duplicate source id "${s.id}"`);
      sourceIds.add(s.id);
    });
    walkCites(record, [], (cite, path) => {
      cite.forEach((key, i) => {
        if (!sourceIds.has(key)) report(record.id, [...path, i], `cites "${key}", which is not in this record's sources (${hint(sourceIds)})`);
      });
    });
  }

  for (const drug of set.drugs) {
    drug.mechanisms.forEach((m, i) => {
      if (!mechanismIds.has(m.pillar)) report(drug.id, ['mechanisms', i, 'pillar'], `unknown mechanism "${m.pillar}" (known: ${hint(mechanismIds)})`);
    });
    const treated = new Map<string, number>();
    drug.indications.forEach((ind, i) => {
      if (!conditionIds.has(ind.id)) report(drug.id, ['indications', i, 'id'], `unknown seizure type or syndrome "${ind.id}" (known: ${hint(conditionIds)})`);
      if (treated.has(ind.id)) report(drug.id, ['indications', i, 'id'], `"${ind.id}" is listed twice in indications`);
      treated.set(ind.id, i);
    });
    drug.worsens.forEach((w, i) => {
      if (!conditionIds.has(w.id)) report(drug.id, ['worsens', i, 'id'], `unknown seizure type or syndrome "${w.id}" (known: ${hint(conditionIds)})`);
      if (treated.has(w.id)) report(drug.id, ['worsens', i, 'id'], `"${w.id}" is listed both as treated (indications[${treated.get(w.id)}]) and as worsened`);
    });
    drug.interactions.forEach((x, i) => {
      x.drugs.forEach((d, j) => {
        if (!drugIds.has(d)) report(drug.id, ['interactions', i, 'drugs', j], `unknown drug "${d}"`);
      });
    });
  }

  const drugsById = new Map(set.drugs.map((d) => [d.id, d]));
  for (const cond of [...set.seizureTypes, ...set.syndromes]) {
    const recommended = new Map<string, string>();
    for (const list of ['firstLine', 'alternatives'] as const) {
      cond[list].forEach((c, i) => {
        if (!drugIds.has(c.drug)) report(cond.id, [list, i, 'drug'], `unknown drug "${c.drug}" (known: ${hint(drugIds)})`);
        if (recommended.has(c.drug)) report(cond.id, [list, i, 'drug'], `"${c.drug}" is listed twice (also in ${recommended.get(c.drug)})`);
        recommended.set(c.drug, list);
      });
    }
    cond.avoid.forEach((a, i) => {
      const drug = drugsById.get(a.drug);
      if (!drug) report(cond.id, ['avoid', i, 'drug'], `unknown drug "${a.drug}" (known: ${hint(drugIds)})`);
      if (recommended.has(a.drug)) report(cond.id, ['avoid', i, 'drug'], `"${a.drug}" is both recommended (${recommended.get(a.drug)}) and to be avoided`);
      if (drug?.indications.some((ind) => ind.id === cond.id)) {
        report(cond.id, ['avoid', i, 'drug'], `"${a.drug}" is to be avoided here, but its drug record lists "${cond.id}" among its indications`);
      }
    });
  }
  for (const syn of set.syndromes) {
    syn.seizureTypes.forEach((s, i) => {
      if (!seizureTypeIds.has(s)) report(syn.id, ['seizureTypes', i], `unknown seizure type "${s}" (known: ${hint(seizureTypeIds)})`);
    });
  }

  // Names: an id, name, brand or alias may belong to one record only.
  const owner = new Map<string, string>();
  for (const { record } of allRecords(set)) {
    const names: [string, (string | number)[]][] = [
      [record.id, ['id']],
      [record.name, ['name']],
      ...record.aliases.map((a, i): [string, (string | number)[]] => [a, ['aliases', i]]),
      ...('brands' in record ? record.brands.map((b, i): [string, (string | number)[]] => [b, ['brands', i]]) : []),
    ];
    for (const [name, path] of names) {
      const key = normalizeName(name);
      if (key === '') {
        report(record.id, path, `"${name}" has no letters or digits to look it up by`);
        continue;
      }
      const prev = owner.get(key);
      if (prev !== undefined && prev !== record.id) report(record.id, path, `the name "${name}" is already used by "${prev}": names, brands and aliases must be unique`);
      else owner.set(key, record.id);
    }
  }
  return problems;
}

/** Calls `fn` for every `cite` array in a record, with its path. */
function walkCites(node: unknown, path: (string | number)[], fn: (cite: string[], path: (string | number)[]) => void): void {
  if (Array.isArray(node)) {
    node.forEach((v, i) => walkCites(v, [...path, i], fn));
  } else if (node !== null && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'cite' && Array.isArray(v)) fn(v as string[], [...path, k]);
      else walkCites(v, [...path, k], fn);
    }
  }
}
