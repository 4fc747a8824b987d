/**
 * A drill session, apart from any screen: which cards, in which order, what an answer does.
 * Due cards come first (changed cards count as due), then new ones, within the daily
 * limits; cram studies beyond that without touching the schedule; an exam asks across
 * topics and is scored at the end. Every answer is appended to the review log at once, so
 * Ctrl-C or a kill keeps what was answered. Both faces (the terminal screen and the line
 * mode) drive this one class.
 */
import { chooseOptions, hashSeed, rng, shuffle, type Card } from './cards/card.js';
import type { CardHistory } from './history.js';
import { newId, type Grade, type Mode, type ReviewEntry, type ReviewLog } from './log.js';
import { distance } from 'fastest-levenshtein';
import { matchAnswer, diffChars, type DiffPart } from './match.js';
import type { Scheduler } from './schedule.js';

/** A card failed or in learning comes back in the same session if due within this time. */
const RELEARN_WINDOW_MS = 20 * 60_000;

export type Status = 'due' | 'new' | 'changed' | 'cram' | 'exam';

export interface QueueItem {
  card: Card;
  status: Status;
}

/** The start of the study day containing `now` (local time), which starts at `hour` o'clock. */
export function startOfDay(now: number, hour: number): number {
  const d = new Date(now);
  const start = new Date(d.getFullYear(), d.getMonth(), d.getDate(), hour, 0, 0, 0).getTime();
  return start > now ? new Date(d.getFullYear(), d.getMonth(), d.getDate() - 1, hour, 0, 0, 0).getTime() : start;
}

export interface QueueOptions {
  now: number;
  /** Cards in this session. */
  count: number;
  newPerDay: number;
  reviewsPerDay: number;
  dayStartsAt: number;
  seed: number;
}

export interface QueueCounts {
  /** Cards due now (all, before limits). */
  due: number;
  /** New cards still allowed today. */
  newLeft: number;
  reviewsLeft: number;
}

/** Due first (earliest first; changed facts first of all), then new cards in seeded order, within the day's limits. */
export function buildQueue(cards: readonly Card[], history: ReadonlyMap<string, CardHistory>, o: QueueOptions): { queue: QueueItem[]; counts: QueueCounts } {
  const dayStart = startOfDay(o.now, o.dayStartsAt);
  let newToday = 0;
  let reviewedToday = 0;
  for (const h of history.values()) {
    if (h.first >= dayStart) newToday++;
    else if (h.state.last !== undefined && h.state.last >= dayStart) reviewedToday++;
  }
  const due: { item: QueueItem; at: number }[] = [];
  const fresh: Card[] = [];
  for (const card of cards) {
    const h = history.get(card.id);
    if (!h) fresh.push(card);
    else if (h.fact !== card.fact) due.push({ item: { card, status: 'changed' }, at: -Infinity });
    else if (h.state.due <= o.now) due.push({ item: { card, status: 'due' }, at: h.state.due });
  }
  // Earliest first; changed cards (at -Infinity) first of all, in id order (no locale rules: this is on the start-up path).
  due.sort((a, b) => (a.at === b.at ? (a.item.card.id < b.item.card.id ? -1 : a.item.card.id > b.item.card.id ? 1 : 0) : a.at - b.at));
  const reviewsLeft = Math.max(0, o.reviewsPerDay - reviewedToday);
  const newLeft = Math.max(0, o.newPerDay - newToday);
  const queue = due.slice(0, Math.min(reviewsLeft, o.count)).map((d) => d.item);
  const rand = rng(o.seed);
  const newOnes = interleaveKinds(shuffle(fresh, rand)).slice(0, Math.min(newLeft, o.count - queue.length));
  queue.push(...newOnes.map((card) => ({ card, status: 'new' as const })));
  return { queue, counts: { due: due.length, newLeft, reviewsLeft } };
}

/** Spreads kinds out so that a session does not ask ten brand names in a row. */
function interleaveKinds(cards: Card[]): Card[] {
  const byKind = new Map<string, Card[]>();
  for (const c of cards) byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), c]);
  const lists = [...byKind.values()];
  const out: Card[] = [];
  for (let i = 0; out.length < cards.length; i++) for (const l of lists) if (l[i]) out.push(l[i]!);
  return out;
}

/** Cram: anything matching the filters, weakest first (lowest recall, then new), not touching the schedule. */
export function cramQueue(cards: readonly Card[], history: ReadonlyMap<string, CardHistory>, scheduler: Scheduler, now: number, count: number, seed: number): QueueItem[] {
  const rand = rng(seed);
  return shuffle(cards, rand)
    .map((card) => {
      const h = history.get(card.id);
      return { card, r: h ? scheduler.retrievability(h.state, now) : 1.5 };
    })
    .sort((a, b) => a.r - b.r)
    .slice(0, count)
    .map(({ card }) => ({ card, status: 'cram' as const }));
}

/** A mock exam: questions spread evenly across topics, in seeded order. */
export function examQueue(cards: readonly Card[], count: number, seed: number): QueueItem[] {
  const rand = rng(seed);
  const byTopic = new Map<string, Card[]>();
  for (const c of shuffle(cards, rand)) byTopic.set(c.topic, [...(byTopic.get(c.topic) ?? []), c]);
  const lists = shuffle([...byTopic.values()], rand);
  const out: Card[] = [];
  for (let i = 0; out.length < count && lists.some((l) => l[i]); i++) for (const l of lists) if (l[i] && out.length < count) out.push(l[i]!);
  return shuffle(out, rand).map((card) => ({ card, status: 'exam' as const }));
}

export interface Feedback {
  correct: boolean;
  grade: Grade;
  /** The right answer as shown. */
  answer: string;
  /** What was given: an option's text or the typed text. */
  given: string;
  explain: string;
  source: string;
  /** Free recall: the difference between what was typed and the answer. */
  diff?: DiffPart[];
  /** Free recall: the answer was closer to another drug. */
  nearMiss?: string;
  /** After a wrong answer: the command that shows what to read (a lesson, else the record). */
  read?: string;
}

export interface Shown {
  card: Card;
  status: Status;
  options: string[];
  /** True when the card asks for a typed answer (the options stay available by number in line mode). */
  recall: boolean;
  /** 1-based position and the session's length. */
  index: number;
  total: number;
}

interface Done {
  item: QueueItem;
  entry: ReviewEntry;
  before: CardHistory | undefined;
  feedback: Feedback;
}

export interface DrillOptions {
  mode: Mode;
  seed: number;
  now: () => number;
  /** Ask brand → generic and other recall cards as typed answers. */
  recall: boolean;
  /** Every drug name, brand and alias: a typed answer closer to one of these (not accepted) is a near miss. */
  names?: readonly string[];
  sessionId?: string;
}

export class Drill {
  private pos = 0;
  private readonly done: Done[] = [];
  readonly sessionId: string;
  private shownAt = 0;

  constructor(
    private readonly queue: QueueItem[],
    private readonly history: Map<string, CardHistory>,
    private readonly scheduler: Scheduler,
    private readonly log: ReviewLog | undefined,
    private readonly opts: DrillOptions,
  ) {
    this.sessionId = opts.sessionId ?? newId(new Date(opts.now()));
  }

  get finished(): boolean {
    return this.pos >= this.queue.length;
  }

  get answered(): number {
    return this.done.length;
  }

  get correctCount(): number {
    return this.done.filter((d) => d.feedback.correct).length;
  }

  get results(): readonly { card: Card; feedback: Feedback }[] {
    return this.done.map((d) => ({ card: d.item.card, feedback: d.feedback }));
  }

  /** Cards still to ask in this session. */
  get remaining(): number {
    return this.queue.length - this.pos;
  }

  /** Due cards (changed ones included) still to ask in this session: the "due" on screen. */
  get dueLeft(): number {
    return this.queue.slice(this.pos).filter((q) => q.status === 'due' || q.status === 'changed').length;
  }

  current(): Shown | undefined {
    const item = this.queue[this.pos];
    if (!item) return undefined;
    this.shownAt = this.opts.now();
    const recall = this.opts.recall && item.card.recall !== undefined;
    return { card: item.card, status: item.status, options: chooseOptions(item.card, this.opts.seed), recall, index: this.pos + 1, total: this.queue.length };
  }

  /** Replaces the current card by its materialized form (a trace card drawn when first shown). */
  replaceCurrent(card: Card): void {
    const item = this.queue[this.pos];
    if (item && item.card.id === card.id) this.queue[this.pos] = { ...item, card };
  }

  /** Answers the current card with an option's text or a typed answer. */
  answer(given: string, opts: { typed?: boolean } = {}): Feedback {
    const item = this.queue[this.pos];
    if (!item) throw new Error('no card to answer');
    const card = item.card;
    let correct: boolean;
    let diff: DiffPart[] | undefined;
    let nearMiss: string | undefined;
    if (opts.typed && card.recall) {
      const accepted = new Set(card.recall.accept.map((a) => a.toLowerCase()));
      const others = [...(card.recall.others ?? []), ...(this.opts.names ?? [])].filter((n) => !accepted.has(n.toLowerCase()));
      const m = matchAnswer(given, card.recall.accept, others);
      correct = m.correct;
      nearMiss = m.nearMiss;
      // The difference helps when it is a typo away: not against a different drug's name.
      const target = m.correct ? m.matched : card.answer;
      if (m.distance > 0 && !m.nearMiss && distance(given.trim().toLowerCase(), target.toLowerCase()) <= Math.ceil(target.length / 2)) diff = diffChars(given.trim(), target);
    } else {
      correct = given === card.answer;
    }
    return this.record(item, given, correct, { diff, nearMiss });
  }

  private record(item: QueueItem, given: string, correct: boolean, extra: { diff?: DiffPart[] | undefined; nearMiss?: string | undefined }): Feedback {
    const now = this.opts.now();
    const grade: Grade = correct ? 3 : 1;
    const card = item.card;
    const entry: ReviewEntry = {
      type: 'review',
      id: newId(new Date(now)),
      t: new Date(now).toISOString(),
      card: card.id,
      fact: card.fact,
      grade,
      correct,
      mode: this.opts.mode,
      ms: Math.max(0, now - this.shownAt),
      session: this.sessionId,
      topic: card.topic,
    };
    // Written first: once the feedback is shown, the answer is in the file.
    this.log?.append(entry);
    const before = this.history.get(card.id);
    if (this.opts.mode === 'review') {
      const h: CardHistory = before ? { ...before, state: { ...before.state } } : { state: this.scheduler.empty(now), fact: card.fact, fails: 0, seen: now, first: now };
      h.state = this.scheduler.review(h.state, grade, now);
      h.fact = card.fact;
      if (!correct) h.fails++;
      h.seen = now;
      this.history.set(card.id, h);
      // Failed: back later in this session (once its relearning step is near).
      if (!correct && h.state.due - now <= RELEARN_WINDOW_MS) {
        const at = Math.min(this.queue.length, this.pos + 1 + 4);
        this.queue.splice(at, 0, { card, status: 'due' });
      }
    }
    const feedback: Feedback = { correct, grade, answer: card.answer, given, explain: card.explain, source: card.source };
    if (extra.diff) feedback.diff = extra.diff;
    if (extra.nearMiss) feedback.nearMiss = extra.nearMiss;
    if (!correct) feedback.read = card.lesson ? `asm learn ${card.lesson}` : `asm lookup ${card.record}`;
    this.done.push({ item, entry, before, feedback });
    this.pos++;
    return feedback;
  }

  /**
   * Undoes the last answer: an undo line is appended (the log is never rewritten), the
   * card's state goes back, and the card is asked again.
   */
  undo(): Card | undefined {
    const last = this.done.pop();
    if (!last) return undefined;
    const now = this.opts.now();
    this.log?.append({ type: 'undo', id: newId(new Date(now)), t: new Date(now).toISOString(), target: last.entry.id });
    if (this.opts.mode === 'review') {
      if (last.before) this.history.set(last.item.card.id, last.before);
      else this.history.delete(last.item.card.id);
      // Remove the relearning copy queued by that answer, if any.
      const copy = this.queue.findIndex((q, i) => i >= this.pos && q.card.id === last.item.card.id);
      if (copy !== -1) this.queue.splice(copy, 1);
    }
    this.pos--;
    this.queue[this.pos] = last.item;
    return last.item.card;
  }

  /** The student overrides the grade of the last (typed) answer: undo, then record it as given. */
  override(correct: boolean): Feedback | undefined {
    const last = this.done[this.done.length - 1];
    if (!last || last.feedback.correct === correct) return last?.feedback;
    this.undo();
    const item = this.queue[this.pos]!;
    this.shownAt = this.opts.now() - (last.entry.ms ?? 0);
    // Counted right by the student: the "another drug" warning no longer applies.
    return this.record(item, last.feedback.given, correct, { diff: last.feedback.diff, nearMiss: correct ? undefined : last.feedback.nearMiss });
  }
}

/** A seed for today's order when none is given: the same all day. */
export function daySeed(now: number, dayStartsAt: number): number {
  return hashSeed(String(Math.floor(startOfDay(now, dayStartsAt) / 86_400_000)));
}

export type Prepare = (shown: Shown) => Promise<{ card?: Card; lines: string[] } | undefined>;

/** The current card, prepared when first shown (trace cards), with the lines to draw above it. */
export async function prepared(drill: Drill, prepare: Prepare | undefined): Promise<{ shown: Shown | undefined; lines: string[] }> {
  const shown = drill.current();
  if (!shown || !prepare) return { shown, lines: [] };
  const p = await prepare(shown);
  if (!p) return { shown, lines: [] };
  if (p.card) drill.replaceCurrent(p.card);
  return { shown: p.card ? drill.current() : shown, lines: p.lines };
}
