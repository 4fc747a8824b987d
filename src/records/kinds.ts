/**
 * Record kinds and the folders they live in. Kept free of zod and yaml so that the
 * fast path (records served from the cache) imports neither.
 */
import type { DrugRecord, MechanismRecord, SeizureTypeRecord, SyndromeRecord } from './schema.js';

export const KINDS = ['drug', 'mechanism', 'seizure-type', 'syndrome'] as const;
export type Kind = (typeof KINDS)[number];

/** The folder of data/ that holds each kind, one YAML file per record. */
export const FOLDER: Record<Kind, string> = {
  drug: 'drugs',
  mechanism: 'mechanisms',
  'seizure-type': 'seizure-types',
  syndrome: 'syndromes',
};

export const KIND_LABEL: Record<Kind, string> = {
  drug: 'drug',
  mechanism: 'mechanism',
  'seizure-type': 'seizure type',
  syndrome: 'syndrome',
};

/** Every validated record of a data folder, by kind, each list sorted by id. */
export interface RecordSet {
  drugs: DrugRecord[];
  mechanisms: MechanismRecord[];
  seizureTypes: SeizureTypeRecord[];
  syndromes: SyndromeRecord[];
}

export type AnyRecord =
  | { kind: 'drug'; record: DrugRecord }
  | { kind: 'mechanism'; record: MechanismRecord }
  | { kind: 'seizure-type'; record: SeizureTypeRecord }
  | { kind: 'syndrome'; record: SyndromeRecord };

/** Every record with its kind, in a stable order: drugs, mechanisms, seizure types, syndromes. */
export function allRecords(set: RecordSet): AnyRecord[] {
  return [
    ...set.drugs.map((record) => ({ kind: 'drug' as const, record })),
    ...set.mechanisms.map((record) => ({ kind: 'mechanism' as const, record })),
    ...set.seizureTypes.map((record) => ({ kind: 'seizure-type' as const, record })),
    ...set.syndromes.map((record) => ({ kind: 'syndrome' as const, record })),
  ];
}

/** A problem found in the data, located as precisely as the file allows. */
export interface Problem {
  /** Path of the file, relative to the data folder when inside it. */
  file: string;
  line?: number;
  col?: number;
  /** Dotted path of the field, e.g. "halfLife.hours[1]". */
  field?: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}:${p.col ?? 1}` : p.file;
  return `${where}: ${p.field ? `${p.field}: ` : ''}${p.message}`;
}
