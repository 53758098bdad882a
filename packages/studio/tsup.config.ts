export { studioConfig as default } from '../../tsup.config.base.ts';
