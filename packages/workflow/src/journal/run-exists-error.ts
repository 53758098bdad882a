/** A new run was given the id of a run that already has a journal (resume it instead). */
export class RunExistsError extends Error {
  override readonly name = 'RunExistsError';
  constructor(readonly runId: string) {
    super(`run ${runId} already has a journal`);
  }
}

/** Whether `error` is a {@link RunExistsError} (by name too, so duplicate package copies still match). */
export function isRunExistsError(error: unknown): error is RunExistsError {
  return error instanceof RunExistsError || (error instanceof Error && error.name === 'RunExistsError');
}
