/** A problem found in a records folder, located as precisely as the file allows. */
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
