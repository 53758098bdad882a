/**
 * @convoflow/studio: the configuration panel and the execution view in the browser. `convoflow studio` starts
 * {@link startStudio}; the web app is built at build time into dist/web and served by it.
 * @packageDocumentation
 */

export type * from './protocol.js';
export type { StudioOptions, StudioSandbox } from './server/options.js';
export { type RunningStudio, startStudio } from './server/start-studio.js';
