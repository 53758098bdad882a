/** A run id: 1–128 characters from `A-Z a-z 0-9 . _ -` (it goes into idempotency keys and file names). */
export const RUN_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** What {@link RUN_ID} requires, in words. */
export const RUN_ID_RULE = 'a run id is 1–128 characters from A-Z a-z 0-9 . _ -';
