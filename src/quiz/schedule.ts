/**
 * The FSRS adapter: the ONLY module that imports ts-fsrs. ts-fsrs adds methods to
 * Date.prototype when imported, so it stays behind this door, which is imported lazily by
 * the quiz alone. Every function takes an explicit `now`; nothing here reads the clock.
 *
 * A card's state is kept as plain numbers (times in ms since the epoch), so snapshots are
 * small JSON and never hold a Date.
 */
import { createEmptyCard, fsrs, generatorParameters, State, type Card, type FSRS, type Grade as FsrsGrade } from 'ts-fsrs';
import type { Grade } from './log.js';

import { DEFAULT_RETENTION, RETENTION_RANGE } from './defaults.js';

export { DEFAULT_RETENTION, RETENTION_RANGE };

export type Phase = 'new' | 'learning' | 'review' | 'relearning';
const PHASE: Record<State, Phase> = { [State.New]: 'new', [State.Learning]: 'learning', [State.Review]: 'review', [State.Relearning]: 'relearning' };
const STATE: Record<Phase, State> = { new: State.New, learning: State.Learning, review: State.Review, relearning: State.Relearning };

/** One card's FSRS memory state, as plain JSON. */
export interface CardState {
  phase: Phase;
  /** When the card is next due (ms). */
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** Time of the last review (ms), absent for a new card. */
  last?: number;
}

export interface SchedulerOptions {
  /** Desired retention, 0.7 to 0.99 (default 0.9). */
  retention?: number;
  /** Spread due dates a little (deterministic per card and time). Off in tests. */
  fuzz?: boolean;
}

export interface Scheduler {
  readonly retention: number;
  /** The state of a card never reviewed. */
  empty(now: number): CardState;
  /** The state after answering `grade` at `now`. */
  review(state: CardState, grade: Grade, now: number): CardState;
  /**
   * The same without fuzz: the memory state (stability, difficulty, step) is the same, only
   * the due date differs. A replay uses it for every review but a card's last, since fuzz
   * costs three times as much and no later review reads the due date it sets.
   */
  reviewUnfuzzed(state: CardState, grade: Grade, now: number): CardState;
  /** Probability of recall at `now` (0 to 1); 0 for a new card. */
  retrievability(state: CardState, now: number): number;
}

export function isValidRetention(r: number): boolean {
  return Number.isFinite(r) && r >= RETENTION_RANGE[0] && r <= RETENTION_RANGE[1];
}

function toCard(s: CardState): Card {
  const card: Card = {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: 0,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: STATE[s.phase],
  };
  if (s.last !== undefined) card.last_review = new Date(s.last);
  return card;
}

function fromCard(c: Card): CardState {
  const s: CardState = {
    phase: PHASE[c.state],
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
  };
  if (c.last_review) s.last = c.last_review.getTime();
  return s;
}

export function createScheduler(opts: SchedulerOptions = {}): Scheduler {
  const retention = opts.retention ?? DEFAULT_RETENTION;
  if (!isValidRetention(retention)) throw new RangeError(`retention must be from ${RETENTION_RANGE[0]} to ${RETENTION_RANGE[1]}`);
  const f: FSRS = fsrs(generatorParameters({ request_retention: retention, enable_fuzz: opts.fuzz ?? true, enable_short_term: true }));
  const plain: FSRS = opts.fuzz === false ? f : fsrs(generatorParameters({ request_retention: retention, enable_fuzz: false, enable_short_term: true }));
  return {
    retention,
    empty: (now) => fromCard(createEmptyCard(new Date(now))),
    review: (state, grade, now) => fromCard(f.next(toCard(state), new Date(now), grade as FsrsGrade).card),
    reviewUnfuzzed: (state, grade, now) => fromCard(plain.next(toCard(state), new Date(now), grade as FsrsGrade).card),
    retrievability: (state, now) => (state.phase === 'new' ? 0 : f.get_retrievability(toCard(state), new Date(now), false)),
  };
}
