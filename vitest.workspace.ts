/**
 * The list of vitest projects: every package and every connector.
 * Vitest 4 reads it through `test.projects` in vitest.config.ts.
 */
export default ['packages/*', 'connectors/*'];
