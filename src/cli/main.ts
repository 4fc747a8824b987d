/**
 * The entry point: builds the command tree from the command declarations
 * (src/cli/commands/), runs one command, maps errors to exit codes. Each command's body
 * is imported only when it runs, so `asm lookup` never loads the validator, the quiz or
 * the neuron kernel.
 */
import { Command, CommanderError, Option, type Help } from 'commander';
import { distance } from 'fastest-levenshtein';
import pkg from '../../package.json' with { type: 'json' };
import { COMMANDS } from './commands/index.js';
import { createContext, terminalWidth, type Context, type GlobalOptions, type IO } from './context.js';
import { longFlag, optionKey, safe, type CommandSpec } from './define.js';
import { EXIT, UsageError, UserError } from './errors.js';
import { renderExamples } from './help.js';
import { wrap } from '../present/text.js';

export async function main(argv: string[], io: IO): Promise<number> {
  let exitCode: number = EXIT.ok;
  let ctx: Context | undefined;
  const width = terminalWidth(io.stdout, io.env);
  const program = new Command('asm');
  program
    .description('Antiseizure medications: look up, compare, reason like a prescriber, drill and simulate.')
    .version(pkg.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand(false)
    .addOption(new Option('--data <dir>', 'records folder to use instead of the built-in data/').env('ASM_DATA'))
    .option('--no-color', 'no colour (also off when NO_COLOR is set or output is not a terminal)')
    .addHelpText('after', () => renderExamples(TOP_EXAMPLES, width) + "\nRun `asm <command> --help` for a command's options and examples.\n");
  configure(program, io, width);

  const run = async (spec: CommandSpec, values: Record<string, unknown>) => {
    ctx = createContext(io, program.opts<GlobalOptions>());
    const { run: body } = await spec.load();
    const code = await body(values, ctx);
    if (typeof code === 'number') exitCode = code;
  };
  // Only the command being run is built (building all of them with their options is a few
  // milliseconds of every start); the help, an unknown command and completion get them all.
  const named = commandWord(argv);
  const only = named === undefined ? undefined : COMMANDS.find((c) => c.name === named || (c.aliases ?? []).includes(named));
  for (const spec of only ? [only] : COMMANDS) addCommand(program, spec, run, width, io);

  // `asm help [command]`: the help of that command, on stdout; an unknown name is a usage error.
  if (argv[0] === 'help') {
    const name = argv[1];
    if (name !== undefined && !COMMANDS.some((c) => !c.hidden && (c.name === name || (c.aliases ?? []).includes(name)))) {
      const near = COMMANDS.filter((c) => !c.hidden && distance(c.name, name) <= 2).map((c) => c.name);
      return reportError(new UsageError(`no command "${safe(name)}"`, near.length ? `did you mean ${near.join(', ')}? (\`asm --help\` lists the commands)` : '`asm --help` lists the commands'), io, ctx);
    }
    argv = name === undefined ? ['--help'] : [name, '--help'];
  }

  try {
    // `asm` alone shows the help on stdout, like `asm --help`.
    await program.parseAsync(argv.length === 0 ? ['--help'] : argv, { from: 'user' });
    return exitCode;
  } catch (err) {
    return reportError(err, io, ctx);
  }
}

/** The first word that is not a global option or its value: the command's name, if any. */
function commandWord(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--data') i++;
    else if (!a.startsWith('-')) return a;
  }
  return undefined;
}

const TOP_EXAMPLES: [string, string][] = [
  ['asm lookup carbamazepine', 'everything about one drug'],
  ['asm lookup Tegretol --section pregnancy', 'by brand; one section'],
  ['asm compare carbamazepine valproate ethosuximide', 'side by side'],
  ['asm list --pillar sodium-channel-block --inducer', 'filters combine'],
  ['asm treat absence --childbearing-potential', 'the NICE ladder for one patient'],
  ['asm interact valproate lamotrigine', 'what each does to the other'],
  ['asm pregnancy', 'malformation rates, ranked'],
  ['asm search "kidney stones"', 'every record, every field'],
  ['asm simulate use-dependence', 'a model neuron and a drug'],
  ['asm quiz', 'flashcards with spaced repetition'],
  ['asm validate', 'check the records folder'],
];

/** Help layout, output routing and error handling shared by the program and every command. */
function configure(cmd: Command, io: IO, width: number): void {
  cmd
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      outputError: (s, write) => write(s),
    })
    .configureHelp({
      sortSubcommands: false,
      showGlobalOptions: true,
      helpWidth: width,
      // The command list shows each name with its arguments, not its aliases and "[options]".
      subcommandTerm: (sub) => [sub.name(), ...sub.registeredArguments.map((a) => (a.required ? `<${a.name()}${a.variadic ? '...' : ''}>` : `[${a.name()}${a.variadic ? '...' : ''}]`))].join(' '),
      formatItem: (term, termWidth, description, helper) => formatItem(term, termWidth, description, helper, width),
    });
}

/**
 * One line of the help: term and description side by side when there is room, otherwise
 * the description on the next line, indented. Words are never broken.
 */
function formatItem(term: string, termWidth: number, description: string, helper: Help, width: number): string {
  if (!description) return `  ${term}`;
  const room = width - termWidth - 4;
  if (room >= 30) {
    const lines = wrap(description, width, termWidth + 4).split('\n');
    lines[0] = `  ${term.padEnd(termWidth + term.length - helper.displayWidth(term))}  ${lines[0]!.trimStart()}`;
    return lines.join('\n');
  }
  return `  ${term}\n${wrap(description, width, 6)}`;
}

type RunCommand = (spec: CommandSpec, values: Record<string, unknown>) => Promise<void>;

function addCommand(parent: Command, spec: CommandSpec, run: RunCommand, width: number, io: IO): Command {
  const cmd = parent.command(spec.name, { hidden: spec.hidden }).summary(spec.summary).description(spec.description);
  for (const alias of spec.aliases ?? []) cmd.alias(alias);
  for (const a of spec.args ?? []) cmd.argument(a.required ? `<${a.name}${a.variadic ? '...' : ''}>` : `[${a.name}${a.variadic ? '...' : ''}]`, a.description);
  for (const [key, o] of Object.entries(spec.options)) {
    const shownDefault = o.defaultText ?? (o.default === undefined || o.default === false ? '' : String(o.default));
    const option = new Option(o.flags, shownDefault ? `${o.description} (default: ${shownDefault})` : o.description);
    if (optionKey(o.flags) !== key) option.attributeName = () => key;
    if (o.hidden) option.hideHelp();
    const parse = o.parse;
    const name = longFlag(o.flags);
    if (o.repeatable) option.argParser((raw: string, prev: unknown) => [...(Array.isArray(prev) ? prev : []), parse ? parse(raw, name) : raw]);
    else if (parse) option.argParser((raw: string) => parse(raw, name));
    cmd.addOption(option);
  }
  cmd.addHelpText('after', () => renderExamples(spec.examples, width));
  configure(cmd, io, width);
  for (const sub of spec.subcommands ?? []) addCommand(cmd, sub as CommandSpec, run, width, io);
  cmd.action(async (...received: unknown[]) => {
    // commander passes the positional arguments, then the options, then the command.
    const values: Record<string, unknown> = {};
    (spec.args ?? []).forEach((a, i) => (values[a.name] = received[i]));
    // With the parent's options merged: commander gives an option that a command and its
    // subcommand share (asm quiz --topic, asm quiz export --topic) to the parent when it
    // comes after the subcommand's name.
    const command = received[(spec.args ?? []).length + 1] as Command | undefined;
    const opts = (command?.optsWithGlobals() ?? received[(spec.args ?? []).length] ?? {}) as Record<string, unknown>;
    for (const [key, o] of Object.entries(spec.options)) values[key] = opts[key] ?? o.default;
    await run(spec, values);
  });
  return cmd;
}

function reportError(err: unknown, io: IO, ctx: Context | undefined): number {
  const red = (s: string) => (ctx ? ctx.errStyle.red(s) : s);
  const dim = (s: string) => (ctx ? ctx.errStyle.dim(s) : s);
  if (err instanceof CommanderError) {
    // Help and version "errors" are normal exits; commander has already printed the message.
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return EXIT.ok;
    io.stderr.write(dim("hint: run `asm --help`, or `asm <command> --help` for a command's options\n"));
    return EXIT.usage;
  }
  if (err instanceof UserError) {
    io.stderr.write(`${red('error:')} ${err.message}\n`);
    for (const line of err.details) io.stderr.write(`  ${line}\n`);
    const hint = err.hint ?? (err instanceof UsageError ? "run `asm --help`, or `asm <command> --help` for a command's options" : undefined);
    if (hint) io.stderr.write(dim(`hint: ${hint}\n`));
    return err.exitCode;
  }
  if (err instanceof Error && err.name === 'ExitPromptError') return EXIT.interrupted;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EPIPE' || code === 'EIO' || code === 'EBADF' || code === 'EDQUOT') {
    // The output could not be written (disk full, reader gone): not a bug in asm.
    io.stderr.write(`${red('error:')} could not write the output (${code === 'ENOSPC' ? 'no space left on the device' : code})\n`);
    io.stderr.write(dim('hint: check the disk or the file the output goes to\n'));
    return EXIT.user;
  }
  const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
  io.stderr.write(`${red('internal error:')} ${err instanceof Error ? safe(err.message, 200) : safe(String(err), 200)}\n`);
  io.stderr.write(dim('This is a bug in asm, not something you did. Please report it with the command you ran and this detail:\n'));
  io.stderr.write(dim(`${detail}\n`));
  return EXIT.internal;
}


