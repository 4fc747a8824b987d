/**
 * How a card and its feedback read, for both faces (the terminal screen and the line
 * mode). Structure in, lines out; colour only through the Style given (off when the
 * stream is not a terminal, with --no-color or NO_COLOR).
 */
import type { Style } from '../present/style.js';
import { wrap } from '../present/text.js';
import { TOPIC_LABEL } from './cards/card.js';
import type { DiffPart } from './match.js';
import type { Feedback, Shown } from './session.js';

const STATUS_LABEL: Record<Shown['status'], string> = {
  due: 'due',
  new: 'new',
  changed: 'changed since you last saw it',
  cram: 'cram (schedule untouched)',
  exam: 'exam',
};

export function header(shown: Shown, dueLeft: number, s: Style): string {
  const tag = shown.status === 'changed' ? s.yellow(STATUS_LABEL.changed) : s.dim(STATUS_LABEL[shown.status]);
  return `${s.bold(`Card ${shown.index} of ${shown.total}`)} ${s.dim('·')} ${dueLeft} due ${s.dim('·')} ${s.dim(TOPIC_LABEL[shown.card.topic])} ${s.dim('·')} ${tag}`;
}

export function promptLines(shown: Shown, width: number, s: Style): string[] {
  return wrap(s.bold(shown.card.prompt), width).split('\n');
}

/** Options numbered 1..n; `cursor` marks the one selected on the screen. */
export function optionLines(options: readonly string[], width: number, s: Style, cursor?: number): string[] {
  return options.flatMap((o, i) => {
    const mark = cursor === undefined ? '  ' : cursor === i ? s.cyan('❯ ') : '  ';
    // Continuation lines start under the option's text (column 5).
    const lines = wrap(`${i + 1}. ${o}`, width, 5, '  ').split('\n');
    lines[0] = `${mark}${cursor === i ? s.cyan(lines[0]!.trimStart()) : lines[0]!.trimStart()}`;
    return lines;
  });
}

export function diffLine(parts: readonly DiffPart[], s: Style): string {
  if (s.level === 0) return parts.map((p) => (p.op === 'same' ? p.text : p.op === 'missing' ? `{+${p.text}+}` : `[-${p.text}-]`)).join('');
  return parts.map((p) => (p.op === 'same' ? p.text : p.op === 'missing' ? s.green.underline(p.text) : s.red.strikethrough(p.text))).join('');
}

export function feedbackLines(f: Feedback, width: number, s: Style): string[] {
  const out: string[] = [];
  if (f.correct) out.push(s.green(`✓ Right: ${f.answer}`));
  else out.push(s.red(`✗ Wrong. The answer: ${f.answer}`));
  if (f.nearMiss) out.push(s.yellow(`"${f.given}" is another drug (${f.nearMiss}), not a typo.`));
  if (f.diff) out.push(`${s.dim('typed vs answer:')} ${diffLine(f.diff, s)}`);
  out.push(...wrap(f.explain, width).split('\n'));
  out.push(...wrap(s.dim(`Source: ${f.source}`), width).split('\n'));
  if (f.read) out.push(s.dim(`Read: ${f.read}`));
  return out;
}
