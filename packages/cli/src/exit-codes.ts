/**
 * The exit codes of every `convoflow` command (documented in the README's table):
 * 0 ok; 1 failed at run time (a request was sent and the outcome was a failure); 2 refused before sending anything
 * (usage, validation, a missing secret, a host outside allowedHosts); 70 an internal error, only ever a bug.
 */
export const EXIT = { ok: 0, failed: 1, refused: 2, bug: 70 } as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
