/**
 * `asm quiz stats`: what the log says, computed by one replay of the whole log (stats are
 * not on the start-up path). Structure first (QuizStats, also the --json output), then the
 * text rendering: forecast bars, a calendar heatmap, totals, leeches.
 */
import type { Style } from '../present/style.js';
import type { Card } from './cards/card.js';
import type { CardHistory } from './history.js';
import { effectiveReviews, type BadLine, type LogEntry } from './log.js';
import type { Phase, Scheduler } from './schedule.js';
import { startOfDay } from './session.js';

export const LEECH_FAILS = 4;
const DAY = 86_400_000;

export interface QuizStats {
  /** Every answer in the log (scheduled reviews, cram and exam), undone ones excluded. */
  totalReviews: number;
  reviewsByMode: { review: number; cram: number; exam: number };
  /** Distinct cards answered at least once in a scheduled review. */
  cardsSeen: number;
  cardsTotal: number;
  /** Cards due now (changed facts included). */
  dueNow: number;
  /** Share of right answers among scheduled reviews of cards already graduated from learning; null before any. */
  trueRetention: number | null;
  byState: Record<Phase, number>;
  /** Cards coming due on each of the next 30 days (day 0 is today, after what is due now). */
  forecast: { date: string; due: number }[];
  /** Answers per study day over the last 26 weeks, oldest first. */
  reviewsByDay: { date: string; count: number }[];
  leeches: { card: string; prompt: string; fails: number; hint: string }[];
  exams: { session: string; date: string; correct: number; total: number }[];
  unreadableLines: BadLine[];
}

function isoDay(t: number): string {
  const d = new Date(t);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function computeStats(entries: LogEntry[], bad: BadLine[], cards: readonly Card[], history: ReadonlyMap<string, CardHistory>, scheduler: Scheduler, now: number, dayStartsAt: number): QuizStats {
  const reviews = effectiveReviews(entries);
  const byMode = { review: 0, cram: 0, exam: 0 };
  for (const r of reviews) byMode[r.mode]++;
  // True retention: replay to know each review's phase before the answer.
  const phase = new Map<string, ReturnType<Scheduler['empty']>>();
  let mature = 0;
  let matureRight = 0;
  for (const r of reviews) {
    if (r.mode !== 'review') continue;
    const t = Date.parse(r.t);
    const st = phase.get(r.card) ?? scheduler.empty(t);
    if (st.phase === 'review') {
      mature++;
      if (r.correct) matureRight++;
    }
    // Only the phase is read here: the unfuzzed step gives the same memory state, faster.
    phase.set(r.card, scheduler.reviewUnfuzzed(st, r.grade, t));
  }
  const byState: Record<Phase, number> = { new: 0, learning: 0, review: 0, relearning: 0 };
  const today = startOfDay(now, dayStartsAt);
  const forecast = Array.from({ length: 30 }, (_, i) => ({ date: isoDay(today + i * DAY + DAY / 2), due: 0 }));
  let dueNow = 0;
  const leeches: QuizStats['leeches'] = [];
  for (const c of cards) {
    const h = history.get(c.id);
    if (!h) {
      byState.new++;
      continue;
    }
    byState[h.state.phase]++;
    if (h.fact !== c.fact || h.state.due <= now) dueNow++;
    else {
      const day = Math.floor((startOfDay(h.state.due, dayStartsAt) - today) / DAY);
      if (day >= 0 && day < 30) forecast[day]!.due++;
    }
    if (h.fails >= LEECH_FAILS) leeches.push({ card: c.id, prompt: c.prompt, fails: h.fails, hint: c.lesson ? `asm learn ${c.lesson}` : `asm lookup ${c.record}` });
  }
  leeches.sort((a, b) => b.fails - a.fails || a.card.localeCompare(b.card));
  const days = 26 * 7;
  const first = today - (days - 1) * DAY;
  const counts = new Map<string, number>();
  for (const r of reviews) {
    const t = Date.parse(r.t);
    if (t >= first) {
      const k = isoDay(startOfDay(t, dayStartsAt) + DAY / 2);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  const reviewsByDay = Array.from({ length: days }, (_, i) => {
    const date = isoDay(first + i * DAY + DAY / 2);
    return { date, count: counts.get(date) ?? 0 };
  });
  const exams = new Map<string, { session: string; date: string; correct: number; total: number }>();
  for (const r of reviews) {
    if (r.mode !== 'exam' || !r.session) continue;
    const e = exams.get(r.session) ?? { session: r.session, date: r.t, correct: 0, total: 0 };
    e.total++;
    if (r.correct) e.correct++;
    exams.set(r.session, e);
  }
  return {
    totalReviews: reviews.length,
    reviewsByMode: byMode,
    cardsSeen: [...history.keys()].length,
    cardsTotal: cards.length,
    dueNow,
    trueRetention: mature ? matureRight / mature : null,
    byState,
    forecast,
    reviewsByDay,
    leeches,
    exams: [...exams.values()],
    unreadableLines: bad,
  };
}

const SHADES = [' ', '░', '▒', '▓', '█'];

export function renderStats(st: QuizStats, s: Style, width: number): string {
  const out: string[] = [];
  const pct = (x: number | null) => (x === null ? 'n/a (no graduated card reviewed yet)' : `${(x * 100).toFixed(1)}%`);
  out.push(s.bold('Reviews'));
  out.push(`  ${st.totalReviews} answers (${st.reviewsByMode.review} scheduled, ${st.reviewsByMode.cram} cram, ${st.reviewsByMode.exam} exam)`);
  out.push(`  true retention: ${pct(st.trueRetention)}`);
  out.push(`  cards: ${st.cardsSeen} seen of ${st.cardsTotal}; new ${st.byState.new}, learning ${st.byState.learning}, review ${st.byState.review}, relearning ${st.byState.relearning}`);
  out.push(`  due now: ${s.bold(String(st.dueNow))}`);
  out.push('');
  out.push(s.bold('Due in the next 30 days'));
  const max = Math.max(1, ...st.forecast.map((f) => f.due));
  const room = Math.max(10, Math.min(50, width - 20));
  for (const f of st.forecast) {
    if (f.due === 0 && st.forecast.indexOf(f) > 13) continue;
    out.push(`  ${f.date.slice(5)} ${s.cyan('█'.repeat(Math.round((f.due / max) * room)) || (f.due ? '▏' : ''))} ${f.due || s.dim('0')}`);
  }
  out.push('');
  out.push(s.bold('Reviews per day (last 26 weeks; each column a week, Monday at the top)'));
  const weeks: string[][] = Array.from({ length: 7 }, () => []);
  const peak = Math.max(1, ...st.reviewsByDay.map((d) => d.count));
  // Pad so the first column starts on a Monday.
  const firstDow = (new Date(`${st.reviewsByDay[0]!.date}T12:00:00`).getDay() + 6) % 7;
  const cells = [...Array.from({ length: firstDow }, () => undefined), ...st.reviewsByDay];
  cells.forEach((d, i) => {
    const shade = d === undefined ? ' ' : d.count === 0 ? s.dim('·') : s.green(SHADES[Math.min(4, 1 + Math.floor((d.count / peak) * 3.99))]!);
    weeks[i % 7]!.push(shade);
  });
  const names = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  weeks.forEach((row, i) => out.push(`  ${names[i]} ${row.join('')}`));
  out.push(s.dim(`  · none  ${SHADES.slice(1).join('')} up to ${peak} a day`));
  if (st.exams.length) {
    out.push('');
    out.push(s.bold('Mock exams'));
    for (const e of st.exams.slice(-5)) out.push(`  ${e.date.slice(0, 10)}  ${e.correct} of ${e.total} (${Math.round((100 * e.correct) / e.total)}%)`);
  }
  out.push('');
  out.push(s.bold('Leeches') + s.dim(` (failed ${LEECH_FAILS} times or more)`));
  if (st.leeches.length === 0) out.push(s.dim('  none'));
  for (const l of st.leeches.slice(0, 10)) out.push(`  ${l.fails}× ${l.prompt}  ${s.dim(`read: ${l.hint}`)}`);
  if (st.unreadableLines.length) {
    out.push('');
    out.push(s.yellow(`${st.unreadableLines.length} unreadable line${st.unreadableLines.length === 1 ? '' : 's'} in the log (kept as they are, not counted):`));
    for (const b of st.unreadableLines.slice(0, 5)) out.push(`  ${b.file}:${b.line}: ${b.reason}`);
  }
  return out.join('\n');
}
