/**
 * The quiz's defaults, in one place and apart from the modules that use them, so that the
 * option tables (loaded for every command's help) can name them without loading ts-fsrs or
 * the session code.
 */
export const DEFAULT_RETENTION = 0.9;
export const RETENTION_RANGE = [0.7, 0.99] as const;

export const DEFAULTS = {
  /** Cards in one session. */
  count: 20,
  /** New cards per study day. */
  newPerDay: 20,
  /** Due cards per study day. */
  reviewsPerDay: 200,
  /** The hour a study day begins (local time). */
  dayStartsAt: 4,
  /** Questions in a mock exam. */
  examQuestions: 30,
} as const;
