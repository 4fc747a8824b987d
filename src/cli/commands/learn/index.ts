/** asm learn [TOPIC]: the course as lessons, rendered for the terminal, paged when long. */
import { defineCommand, flag, type OptionsOf } from '../../define.js';

const options = {
  figures: flag('--no-figures', 'do not draw the figures (faster): show the command that draws each'),
  json: flag('--json', 'print [{id, title, topic, summary}] (the list) or the lesson (id, title, summary, facts, body, sources)'),
};

export type LearnOptions = OptionsOf<typeof options> & { topic: string[] };

export const learn = defineCommand<LearnOptions>({
  name: 'learn',
  summary: 'the course as lessons: read one, or list them',
  description:
    'With no topic, list the lessons in course order with a one-line summary each. With a lesson (its id or title) show it: the text wrapped to the terminal, figures drawn from the models, sources numbered, and the commands to explore it. A topic word (pillars, drug-choice, pregnancy, ...) lists its lessons. Long lessons go through $PAGER (default less) on a terminal.',
  args: [{ name: 'topic', description: 'a lesson id or title, or a topic (e.g. absence-paradox, pillars, "status epilepticus")', variadic: true, complete: { records: ['lesson'] } }],
  options,
  examples: [
    ['asm learn', 'every lesson, in course order'],
    ['asm learn absence-paradox', 'one lesson'],
    ['asm learn pillars', 'the lessons of a topic'],
    ['asm learn teratogenicity | less', 'piped output is never paged'],
    ['asm learn pillar-gaba --no-figures', 'text only, at once'],
    ['asm learn --json', 'the list for a script'],
  ],
  load: () => import('./run.js'),
});
