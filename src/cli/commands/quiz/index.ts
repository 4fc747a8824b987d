/**
 * asm quiz: flashcard drills with spaced repetition (FSRS), and its subcommands stats,
 * exam, reset and export. Options are declared once here; each body is imported only when
 * it runs (the drill never loads the kernel unless a trace card is shown).
 */
import { DEFAULT_RETENTION, DEFAULTS, RETENTION_RANGE } from '../../../quiz/defaults.js';
import { TOPICS } from '../../../records/vocab.js';
import { choice, defineCommand, flag, number, text, type OptionsOf } from '../../define.js';

const filters = {
  drug: text('-d, --drug <name>', 'only cards about this drug (name, brand or alias)', { complete: { records: ['drug'] } }),
  pillar: text('-p, --pillar <mechanism>', 'only cards about this mechanism or its drugs', { complete: { records: ['mechanism'] } }),
  topic: choice('-t, --topic <topic>', 'only cards of this topic', TOPICS),
  kind: text('-k, --kind <kind>', 'only cards of this kind, e.g. brand, first-line, may-worsen, trace (asm quiz export --format json lists them)'),
};

const drillOptions = {
  count: number('-n, --count <n>', 'cards in this session', { integer: true, min: 1, max: 1000, default: DEFAULTS.count }),
  new: number('--new <n>', 'new cards allowed per day', { integer: true, min: 0, max: 1000, defaultText: `${DEFAULTS.newPerDay}, or newPerDay in config.json` }),
  cram: flag('--cram', 'study beyond what is due (weakest first) without touching the schedule'),
  retention: number('-r, --retention <r>', 'desired retention: higher means more reviews', { min: RETENTION_RANGE[0], max: RETENTION_RANGE[1], defaultText: `${DEFAULT_RETENTION}, or retention in config.json` }),
  seed: number('--seed <n>', 'a reproducible order and choice of options (default: one per day)', { integer: true, min: 0, max: 2 ** 31 - 1 }),
  dayStarts: number('--day-starts <hour>', 'hour at which a study day begins', { integer: true, min: 0, max: 23, defaultText: `${DEFAULTS.dayStartsAt}, or dayStartsAt in config.json` }),
  line: flag('--line', 'plain line mode even in a terminal (the mode used when stdin is not a terminal)'),
  ...filters,
};
export type QuizOptions = OptionsOf<typeof drillOptions>;

const statsOptions = {
  json: flag('--json', 'print {totalReviews, cardsSeen, dueNow, trueRetention, ...} as JSON (see README: Quiz)'),
  retention: drillOptions.retention,
  dayStarts: drillOptions.dayStarts,
};
export type StatsOptions = OptionsOf<typeof statsOptions>;

const examOptions = {
  questions: number('-q, --questions <n>', 'questions in the exam', { integer: true, min: 1, max: 500, default: DEFAULTS.examQuestions }),
  topic: filters.topic,
  seed: drillOptions.seed,
  line: drillOptions.line,
};
export type ExamOptions = OptionsOf<typeof examOptions>;

const resetOptions = {
  yes: flag('-y, --yes', 'do not ask (the review log is still backed up first)'),
};
export type ResetOptions = OptionsOf<typeof resetOptions>;

const exportOptions = {
  format: choice('-f, --format <format>', 'anki (text import), csv or json', ['anki', 'csv', 'json'], { default: 'anki' }),
  ...filters,
};
export type ExportOptions = OptionsOf<typeof exportOptions>;

const stats = defineCommand<StatsOptions>({
  name: 'stats',
  summary: 'due cards, a 30-day forecast, a heatmap of reviews, retention, leeches',
  description: 'What your review log says: cards due now and per day for the next 30 days, a calendar heatmap of reviews, total reviews, true retention, cards by state, and leeches (cards failed again and again) with the record to read.',
  options: statsOptions,
  examples: [
    ['asm quiz stats', 'the overview'],
    ['asm quiz stats --json | jq .dueNow', 'for a script'],
  ],
  load: () => import('./stats.js'),
});

const exam = defineCommand<ExamOptions>({
  name: 'exam',
  summary: 'a mock exam across topics, scored at the end',
  description: 'A mock exam: questions across topics, no feedback until the end, then the score with a breakdown by topic and the weakest topics named. The exam is kept in the history but does not move the review schedule.',
  options: examOptions,
  examples: [
    ['asm quiz exam', '30 questions across every topic'],
    ['asm quiz exam --questions 10 --topic pregnancy', 'a short exam on one topic'],
  ],
  load: () => import('./exam.js'),
});

const reset = defineCommand<ResetOptions>({
  name: 'reset',
  summary: 'start the history again (after a backup)',
  description: 'Start your review history again. Asks first (or takes --yes); the review log is moved to a backup folder beside it, never deleted.',
  options: resetOptions,
  examples: [['asm quiz reset', 'asks, then backs up and starts again']],
  load: () => import('./reset.js'),
});

const exportCmd = defineCommand<ExportOptions>({
  name: 'export',
  summary: 'the cards for Anki (text import), as CSV or JSON',
  description:
    "Write the cards to stdout. --format anki writes Anki's text-import format with stable GUIDs from the card ids, so importing again updates the notes and keeps your Anki scheduling; notes are tagged by drug, topic and kind. Trace cards are drawn by the simulator and are not exported.",
  options: exportOptions,
  examples: [
    ['asm quiz export --format anki > deck.txt', 'then File > Import in Anki'],
    ['asm quiz export --format csv --drug valproate', 'one drug as CSV'],
  ],
  load: () => import('./export.js'),
});

export const quiz = defineCommand<QuizOptions>({
  name: 'quiz',
  summary: 'flashcard drills with spaced repetition; stats, exam, reset, export',
  description:
    'A drill over cards generated from the records, hand-written clinical vignettes and simulated traces. Due cards come first, then new ones, scheduled by FSRS. Every answer is appended to the review log under $ASM_HOME (default ~/.local/share/asm) as it is given. In a terminal: arrows or 1-4 choose, Enter answers, space reveals, u undoes, q stops. Without a terminal, one answer per line (a number or the text).',
  options: drillOptions,
  subcommands: [stats, exam, reset, exportCmd] as never[],
  examples: [
    ['asm quiz', "today's due cards, then new ones"],
    ['asm quiz --topic pregnancy --count 10', 'ten cards on one topic'],
    ['asm quiz --drug valproate --cram', 'everything about valproate, schedule untouched'],
    ['asm quiz --retention 0.95', 'remember more, review more'],
    ['asm quiz stats', 'forecast, heatmap, retention, leeches'],
  ],
  load: () => import('./run.js'),
});
