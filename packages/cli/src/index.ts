/**
 * @convoflow/cli: the `convoflow` command, also usable as a library (`main(argv, io)`).
 * @packageDocumentation
 */
export { discoverConnectors } from './discover.js';
export { CliError, type CliIO } from './io.js';
export { main, USAGE } from './main.js';
