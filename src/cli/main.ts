/**
 * The entry point: builds the command tree, runs one command, maps errors to exit codes.
 * Each command lives in its own file and imports its implementation lazily, so
 * `asm lookup` never loads the validator, the quiz or the neuron kernel.
 */
import { Command, CommanderError, Option } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { createContext, terminalWidth, type Context, type GlobalOptions, type IO } from './context.js';
import { EXIT, UserError } from './errors.js';
import { register as compare } from './compare.js';
import { register as list } from './list.js';
import { register as lookup } from './lookup.js';
import { register as search } from './search.js';
import { register as simulate } from './simulate.js';
import { register as validate } from './validate.js';

/** What a command's action receives: the context, then commander's arguments. */
export type Action<A extends unknown[]> = (ctx: Context, ...args: A) => Promise<number | void>;

/** Wraps a command's action so that it runs with a context and its exit code is kept. */
export type Runner = <A extends unknown[]>(action: Action<A>) => (...args: A) => Promise<void>;

export async function main(argv: string[], io: IO): Promise<number> {
  let exitCode: number = EXIT.ok;
  let ctx: Context | undefined;
  const program = new Command('asm');

  const runner: Runner =
    (action) =>
    async (...args) => {
      ctx = createContext(io, program.opts<GlobalOptions>());
      const code = await action(ctx, ...args);
      if (typeof code === 'number') exitCode = code;
    };

  program
    .description('Antiseizure medications: look up, compare, search and simulate.')
    .version(pkg.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addOption(new Option('--data <dir>', 'records folder to use instead of the built-in data/').env('ASM_DATA'))
    .option('--no-color', 'no colour (also off when NO_COLOR is set or output is not a terminal)')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      outputError: (s, write) => write(s),
    })
    .addHelpText(
      'after',
      `
Examples:
  asm lookup carbamazepine          everything about one drug
  asm lookup Tegretol --section pregnancy
  asm compare carbamazepine valproate ethosuximide
  asm list --pillar sodium-channel-block --inducer
  asm search "kidney stones"
  asm simulate use-dependence        a model neuron with and without carbamazepine
  asm validate                      check the records folder

Run \`asm <command> --help\` for a command's options and examples.`,
    );
  program.configureHelp({ sortSubcommands: false, showGlobalOptions: true, helpWidth: Math.min(terminalWidth(io.stdout, io.env), 100) });

  for (const register of [lookup, compare, list, search, simulate, validate]) register(program, runner);
  // Subcommands inherit the error handling and output routing of the program.
  for (const cmd of program.commands) {
    cmd.exitOverride().configureOutput(program.configureOutput()).showSuggestionAfterError(true);
  }

  try {
    // `asm` alone shows the help on stdout, like `asm --help`.
    await program.parseAsync(argv.length === 0 ? ['--help'] : argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    return reportError(err, io, ctx);
  }
}

function reportError(err: unknown, io: IO, ctx: Context | undefined): number {
  const red = (s: string) => (ctx ? ctx.errStyle.red(s) : s);
  const dim = (s: string) => (ctx ? ctx.errStyle.dim(s) : s);
  if (err instanceof CommanderError) {
    // Help and version "errors" are normal exits; commander has already printed the message.
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok;
    io.stderr.write(dim('hint: run `asm --help`, or `asm <command> --help` for a command\'s options\n'));
    return EXIT.usage;
  }
  if (err instanceof UserError) {
    io.stderr.write(`${red('error:')} ${err.message}\n`);
    for (const line of err.details) io.stderr.write(`  ${line}\n`);
    if (err.hint) io.stderr.write(dim(`hint: ${err.hint}\n`));
    return err.exitCode;
  }
  if (err instanceof Error && err.name === 'ExitPromptError') return EXIT.interrupted;
  const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
  io.stderr.write(`${red('internal error:')} ${err instanceof Error ? err.message : String(err)}\n`);
  io.stderr.write(dim('This is a bug in asm, not something you did. Please report it with the command you ran and this detail:\n'));
  io.stderr.write(dim(`${detail}\n`));
  return EXIT.internal;
}
