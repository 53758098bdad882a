// Generated from connectors/slack by `pnpm codegen --write`. Do not edit.
export * from './connector.js';
export type * from './types.js';
export { connector as default } from './connector.js';
