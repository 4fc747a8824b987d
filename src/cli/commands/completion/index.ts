/** asm completion bash|zsh|fish: a shell script that completes commands, options and record names. */
import { defineCommand, type OptionsOf } from '../../define.js';

const options = {};

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type CompletionOptions = OptionsOf<typeof options> & { shell: string };

export const completion = defineCommand<CompletionOptions>({
  name: 'completion',
  summary: 'shell completion for commands, options and record names',
  description:
    'Print a script that makes your shell complete asm commands, options and record names (drugs, conditions, mechanisms, ...) with Tab. Load it from your shell start-up file, as shown below.',
  args: [{ name: 'shell', description: 'bash, zsh or fish', required: true, complete: [...SHELLS] }],
  options,
  examples: [
    ['asm completion bash >> ~/.bashrc', 'bash: complete from the next shell on'],
    ['source <(asm completion zsh)', 'zsh: in ~/.zshrc'],
    ['asm completion fish > ~/.config/fish/completions/asm.fish', 'fish'],
  ],
  load: () => import('./run.js'),
});
