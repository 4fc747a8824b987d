/** What the model commands share: a model's input error becomes a user error with its hint. */
import { ModelInputError } from '../../domain/models/inputs.js';
import { UserError } from '../errors.js';

export function modelError<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof ModelInputError) throw new UserError(e.message, e.hint);
    throw e;
  }
}
