import type { Context } from '../../context.js';
import { safe } from '../../define.js';
import { UsageError } from '../../errors.js';
import { SHELLS, type CompletionOptions } from './index.js';

/**
 * Each script hands the words typed so far to `asm __complete`, which answers with the
 * candidates, one per line (as gh and cobra do): the lists of commands, options and
 * record names live in asm, never in the script.
 */
const SCRIPTS: Record<(typeof SHELLS)[number], string> = {
  bash: `# asm completion for bash: add to ~/.bashrc, or save in /etc/bash_completion.d/asm
_asm_complete() {
  local IFS=$'\\n'
  COMPREPLY=( $(asm __complete -- "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null) )
}
complete -o default -F _asm_complete asm
`,
  zsh: `#compdef asm
# asm completion for zsh: add \`source <(asm completion zsh)\` to ~/.zshrc
_asm() {
  local -a candidates
  candidates=("\${(@f)$(asm __complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  compadd -a candidates
}
compdef _asm asm
`,
  fish: `# asm completion for fish: save as ~/.config/fish/completions/asm.fish
complete -c asm -f -a '(asm __complete -- (commandline -opc)[2..-1] (commandline -ct) 2>/dev/null)'
`,
};

export async function run(opts: CompletionOptions, ctx: Context): Promise<void> {
  const shell = opts.shell.toLowerCase() as (typeof SHELLS)[number];
  if (!SHELLS.includes(shell)) throw new UsageError(`no completion for the shell "${safe(opts.shell)}"`, `shells: ${SHELLS.join(', ')}`);
  ctx.out.write(SCRIPTS[shell]);
}
