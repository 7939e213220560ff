import { UserError } from '../../src/errors';

/** The UserError `run` throws; fails the test when it throws nothing or something else. */
export function userError(run: () => unknown): UserError {
  try {
    run();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

/** The UserError `pending` rejects with; fails the test when it resolves or rejects with something else. */
export async function userErrorOf(pending: Promise<unknown>): Promise<UserError> {
  return pending.then(
    () => {
      throw new Error('expected a UserError');
    },
    (error: unknown) => {
      if (error instanceof UserError) return error;
      throw error;
    },
  );
}
