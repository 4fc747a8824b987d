/**
 * Typed errors, mapped to exit codes in one place (main.ts). A user's mistake is a
 * UserError: one line on stderr, a hint, a non-zero exit, never a stack trace.
 *
 * The build puts each lazily loaded module in a file of its own (scripts/build.mjs), so a
 * command's body may carry its own copy of this module: the classes recognise their
 * instances by a brand (a registered symbol), not by identity, and `instanceof` works
 * across copies.
 */

/** Exit codes: 1 a user error (not found, bad data), 2 a usage error (bad option), 130 Ctrl-C, 70 an internal error. */
export const EXIT = { ok: 0, user: 1, usage: 2, internal: 70, interrupted: 130 } as const;

const USER = Symbol.for('asm.error.user');
const USAGE = Symbol.for('asm.error.usage');

const branded = (x: unknown, brand: symbol): boolean => typeof x === 'object' && x !== null && (x as Record<symbol, unknown>)[brand] === true;

export class UserError extends Error {
  override readonly name: string = 'UserError';
  readonly [USER] = true;
  constructor(
    message: string,
    /** What to try instead. */
    readonly hint?: string,
    readonly exitCode: number = EXIT.user,
    /** Extra lines printed after the message (a list of problems, suggestions). */
    readonly details: string[] = [],
  ) {
    super(message);
  }

  static override [Symbol.hasInstance](x: unknown): boolean {
    return branded(x, USER);
  }
}

/** A bad option value or argument: exit 2, like commander's own usage errors. */
export class UsageError extends UserError {
  override readonly name: string = 'UsageError';
  readonly [USAGE] = true;
  constructor(message: string, hint?: string) {
    super(message, hint, EXIT.usage);
  }

  static override [Symbol.hasInstance](x: unknown): boolean {
    return branded(x, USAGE);
  }
}
