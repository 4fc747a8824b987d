/**
 * Every `asm ...` command a lesson tells the student to run (its TRY list and the commands in
 * its text) names a real command and only options that command has; the quick ones are run and
 * must succeed. A lesson that points at a renamed option or a missing record fails here.
 */
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { shellWords } from '../../src/cli/commands/learn/run.js';
import type { CommandSpec } from '../../src/cli/define.js';
import { EXPERIMENT_IDS } from '../../src/domain/simulation/index.js';
import { asm } from '../helpers/run.js';
import { shipped } from '../helpers/records.js';

const GLOBAL = ['--data', '--no-color', '--help', '-h', '--version', '-V'];
/** Commands too slow (simulations) or stateful (the quiz writes a review log) to run here. */
const NOT_RUN = new Set(['simulate', 'quiz']);

function commandsOf(lesson: (typeof shipped.set.lessons)[number]): string[] {
  const inline = [...lesson.body.matchAll(/`(asm [^`]+)`/g)].map((m) => m[1]!);
  const figures = [...lesson.body.matchAll(/```figure\n(asm [^\n]+)\n```/g)].map((m) => m[1]!);
  return [...new Set([...lesson.try, ...inline, ...figures])].map((c) => c.replace(/\s+/g, ' ').trim());
}

function flagsOf(spec: CommandSpec<never> | CommandSpec): Set<string> {
  const out = new Set(GLOBAL);
  for (const o of Object.values(spec.options)) for (const m of o.flags.matchAll(/(?:^|[\s,])(--?[a-zA-Z0-9-]+)/g)) out.add(m[1]!);
  return out;
}

const all = shipped.set.lessons.flatMap((l) => commandsOf(l).map((command) => ({ lesson: l.id, command })));

describe('commands named in the lessons', () => {
  it('finds them', () => {
    expect(all.length).toBeGreaterThan(50);
  });

  it.each(all)('$lesson: $command names a command and its options', ({ command }) => {
    const [asmWord, name, ...rest] = shellWords(command);
    expect(asmWord).toBe('asm');
    const spec = COMMANDS.find((c) => c.name === name || (c.aliases ?? []).includes(name ?? ''));
    expect(spec, `no command ${name}`).toBeDefined();
    const sub = spec!.subcommands?.find((s) => s.name === rest[0]);
    const allowed = flagsOf(sub ?? spec!);
    for (const word of rest) if (word.startsWith('-') && !/^-\d/.test(word)) expect(allowed, `${word} is not an option of asm ${name}${sub ? ` ${sub.name}` : ''}`).toContain(word.split('=')[0]);
    // A simulation is not run here: its experiment and drugs are checked instead.
    if (name === 'simulate' && !rest.includes('--model')) {
      const [experiment, ...drugs] = rest.filter((w, i) => !w.startsWith('-') && !rest[i - 1]?.match(/^--(dose|conc|seed|cells|window|width|scale|ions)$/));
      expect(EXPERIMENT_IDS).toContain(experiment);
      for (const d of drugs) expect(shipped.resolve(d), `no drug ${d}`).toBeDefined();
    }
  });

  const quick = all.filter(({ command }) => !NOT_RUN.has(shellWords(command)[1]!));
  it.each(quick)('$lesson: $command runs', async ({ command }) => {
    const argv = shellWords(command).slice(1);
    if (argv[0] === 'learn') argv.push('--no-figures');
    const r = await asm(argv);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
