/** Retention defaults, apart from schedule.ts so that option tables can name them without loading ts-fsrs. */
export const DEFAULT_RETENTION = 0.9;
export const RETENTION_RANGE = [0.7, 0.99] as const;
