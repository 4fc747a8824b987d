/**
 * The drill without a terminal (stdin is not a TTY): plain lines on node:readline. Each
 * card is printed plainly; each input line is an option's number or its text (or a typed
 * answer for recall cards), `u` undoes the last answer and `q` stops. End of input ends
 * the drill; every answer given is already in the log.
 */
import { createInterface } from 'node:readline';
import type { OutStream } from '../cli/context.js';
import type { Style } from '../present/style.js';
import { optionKey } from './cards/card.js';
import { matchAnswer } from './match.js';
import { feedbackLines, header, optionLines, promptLines } from './present.js';
import { prepared, type Drill, type Feedback, type Prepare } from './session.js';

export interface LineModeOptions {
  input: NodeJS.ReadableStream;
  out: OutStream;
  style: Style;
  width: number;
  /** Cards due, for the header. */
  due: () => number;
  /** Shows the feedback after each answer (false in an exam: scored at the end). */
  feedback: boolean;
  /** Prepares a card when first shown (a trace card runs its simulation): the card as asked, and lines to draw above it. */
  prepare?: Prepare;
}

/** Resolves an input line to an option; undefined when it names none. */
export function pickOption(line: string, options: readonly string[]): string | undefined {
  const t = line.trim();
  if (/^\d+$/.test(t)) return options[Number(t) - 1];
  const key = optionKey(t);
  const exact = options.find((o) => optionKey(o) === key);
  if (exact) return exact;
  const matched = options.filter((o) => matchAnswer(t, [o], options.filter((x) => x !== o)).correct);
  return matched.length === 1 ? matched[0] : undefined;
}

export async function runLineMode(drill: Drill, o: LineModeOptions): Promise<'done' | 'quit' | 'eof'> {
  const rl = createInterface({ input: o.input, terminal: false, crlfDelay: Infinity });
  const lines = rl[Symbol.asyncIterator]();
  const print = (s = '') => void o.out.write(`${s}\n`);
  const s = o.style;
  try {
    for (;;) {
      const { shown, lines: extra } = await prepared(drill, o.prepare);
      if (!shown) return 'done';
      print(header(shown, o.due(), s));
      for (const l of extra) print(l);
      for (const l of promptLines(shown, o.width, s)) print(l);
      for (const l of optionLines(shown.options, o.width, s)) print(l);
      let feedback: Feedback | undefined;
      while (!feedback) {
        print(s.dim(shown.recall ? 'Type the answer, or an option number (u undo, q stop):' : 'Answer with a number or the text (u undo, q stop):'));
        const next = await lines.next();
        if (next.done) return 'eof';
        const line = next.value.trim();
        if (line === '') continue;
        if (line === 'q') return 'quit';
        if (line === 'u') {
          const card = drill.undo();
          print(card ? s.yellow(`Undone: the last answer (${card.prompt}) will be asked again.`) : s.dim('Nothing to undo.'));
          if (card) break;
          continue;
        }
        // A recall card takes any text as a typed answer (matched with typos, shown with a diff).
        const picked = shown.recall && !/^\d+$/.test(line) ? undefined : pickOption(line, shown.options);
        if (picked !== undefined) feedback = drill.answer(picked);
        else if (shown.recall) feedback = drill.answer(line, { typed: true });
        else print(s.yellow(`"${line.slice(0, 40)}" is not one of the options: type 1 to ${shown.options.length}, or an option's text.`));
      }
      if (feedback && o.feedback) for (const l of feedbackLines(feedback, o.width, s)) print(l);
      print();
    }
  } finally {
    rl.close();
  }
}
