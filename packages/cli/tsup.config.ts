export { cliConfig as default } from '../../tsup.config.base.ts';
