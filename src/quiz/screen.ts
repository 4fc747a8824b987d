/**
 * The drill screen in a terminal, on @inquirer/core (key handling and redraws only; the
 * text is ours, coloured by the project's Style). One prompt per card:
 *
 *   ↑/↓ or 1-4  choose an option      Enter  answer
 *   space       reveal the answer, then y (knew it) or n (did not)
 *   u           undo the last answer   q      stop
 *   o           after a typed answer: override the grade
 *
 * Each answer goes to the log the moment it is given (Drill.answer), so Ctrl-C (exit 130)
 * or a kill keeps it.
 */
import { createPrompt, isDownKey, isEnterKey, isSpaceKey, isUpKey, useKeypress, useState } from '@inquirer/core';
import type { OutStream } from '../cli/context.js';
import type { Style } from '../present/style.js';
import { feedbackLines, header, optionLines, promptLines } from './present.js';
import { prepared, type Drill, type Feedback, type Prepare, type Shown } from './session.js';

type Action = 'next' | 'undo' | 'quit';

interface CardConfig {
  shown: Shown;
  dueLeft: number;
  canUndo: boolean;
  style: Style;
  width: number;
  extra: string[];
  feedback: boolean;
  answer: (given: string, typed: boolean) => Feedback;
  override: (correct: boolean) => Feedback | undefined;
}

type Phase = 'ask' | 'reveal' | 'feedback';

const cardPrompt = createPrompt<Action, CardConfig>((config, done) => {
  const { shown, style: s, width } = config;
  const [phase, setPhase] = useState<Phase>('ask');
  const [cursor, setCursor] = useState(0);
  const [typed, setTyped] = useState('');
  const [feedback, setFeedback] = useState<Feedback | undefined>(undefined);
  const n = shown.options.length;

  const give = (given: string, isTyped: boolean) => {
    const f = config.answer(given, isTyped);
    if (!config.feedback) return done('next');
    setFeedback(f);
    setPhase('feedback');
  };

  useKeypress((key, rl) => {
    if (phase === 'feedback') {
      if (isEnterKey(key) || isSpaceKey(key)) done('next');
      else if (key.name === 'u') done('undo');
      else if (key.name === 'q') done('quit');
      else if (key.name === 'o' && feedback && shown.recall) setFeedback(config.override(!feedback.correct) ?? feedback);
      return;
    }
    if (phase === 'reveal') {
      if (key.name === 'y') give(shown.card.answer, false);
      else if (key.name === 'n') give('(revealed: not known)', false);
      else if (key.name === 'u' && config.canUndo) done('undo');
      else if (key.name === 'q') done('quit');
      return;
    }
    if (shown.recall) {
      // Typed answer: readline edits the line (and has already applied this key, and cleared
      // the line on Enter), so the text is kept in state after every other key.
      if (isEnterKey(key)) {
        const line = typed.trim();
        rl.clearLine(0);
        setTyped('');
        if (line) give(line, true);
        return;
      }
      if (typed === '' && (key.name === 'u' || key.name === 'q')) {
        rl.clearLine(0);
        if (key.name === 'q') return done('quit');
        if (config.canUndo) return done('undo');
        return;
      }
      if (isSpaceKey(key) && typed.trim() === '') {
        rl.clearLine(0);
        setTyped('');
        setPhase('reveal');
        return;
      }
      setTyped(rl.line);
      return;
    }
    rl.clearLine(0);
    if (isUpKey(key)) setCursor((cursor - 1 + n) % n);
    else if (isDownKey(key)) setCursor((cursor + 1) % n);
    else if (/^[1-9]$/.test(key.name) && Number(key.name) <= n) setCursor(Number(key.name) - 1);
    else if (isEnterKey(key)) give(shown.options[cursor]!, false);
    else if (isSpaceKey(key)) setPhase('reveal');
    else if (key.name === 'u' && config.canUndo) done('undo');
    else if (key.name === 'q') done('quit');
  });

  const lines = [header(shown, config.dueLeft, s), '', ...config.extra, ...promptLines(shown, width, s), ''];
  if (phase === 'feedback' && feedback) {
    if (!shown.recall) lines.push(...optionLines(shown.options, width, s, shown.options.indexOf(feedback.given)));
    else lines.push(`${s.dim('you typed:')} ${feedback.given}`);
    lines.push('', ...feedbackLines(feedback, width, s), '');
    const over = shown.recall ? ` · o count it as ${feedback.correct ? 'wrong' : 'right'}` : '';
    lines.push(s.dim(`Enter next · u undo${over} · q stop`));
  } else if (phase === 'reveal') {
    lines.push(s.green(`Answer: ${shown.card.answer}`), '', s.dim('y I knew it · n I did not · q stop'));
  } else if (shown.recall) {
    lines.push(`${s.cyan('❯')} ${typed}`, '', s.dim(`type the answer, Enter to check · space reveal${config.canUndo ? ' · u undo' : ''} · q stop`));
  } else {
    lines.push(...optionLines(shown.options, width, s, cursor), '', s.dim(`↑↓ or 1-${n} choose · Enter answer · space reveal${config.canUndo ? ' · u undo' : ''} · q stop`));
  }
  return lines.join('\n');
});

export interface ScreenOptions {
  input: NodeJS.ReadableStream;
  /** Where the screen is drawn (stdout by default: the drill is the output). */
  output: OutStream;
  style: Style;
  width: number;
  due: () => number;
  feedback: boolean;
  /** Prepares a card when first shown (a trace card runs its simulation): the card as asked, and lines to draw above it. */
  prepare?: Prepare;
}

/** Runs the drill on the terminal; Ctrl-C rejects with ExitPromptError (exit 130, answers kept). */
export async function runScreen(drill: Drill, o: ScreenOptions): Promise<'done' | 'quit'> {
  for (;;) {
    const { shown, lines: extra } = await prepared(drill, o.prepare);
    if (!shown) return 'done';
    const action = await cardPrompt(
      {
        shown,
        dueLeft: o.due(),
        canUndo: drill.answered > 0,
        style: o.style,
        width: o.width,
        extra,
        feedback: o.feedback,
        answer: (given, typed) => drill.answer(given, { typed }),
        override: (correct) => drill.override(correct),
      },
      // @inquirer/core takes node streams; OutStream is the part asm writes to.
      { input: o.input, output: o.output as NodeJS.WritableStream, clearPromptOnDone: true },
    );
    if (action === 'quit') return 'quit';
    if (action === 'undo') drill.undo();
  }
}
