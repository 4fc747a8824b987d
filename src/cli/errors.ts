/**
 * Typed errors, mapped to exit codes in one place (main.ts). A user's mistake is a
 * UserError: one line on stderr, a hint, a non-zero exit, never a stack trace.
 */

/** Exit codes: 1 a user error (not found, bad data), 2 a usage error (bad option), 130 Ctrl-C, 70 an internal error. */
export const EXIT = { ok: 0, user: 1, usage: 2, internal: 70, interrupted: 130 } as const;

export class UserError extends Error {
  override readonly name = 'UserError';
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
}

/** A bad option value or argument: exit 2, like commander's own usage errors. */
export class UsageError extends UserError {
  constructor(message: string, hint?: string) {
    super(message, hint, EXIT.usage);
  }
}
