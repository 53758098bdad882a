export { esmLibraryConfig as default } from '../../tsup.config.base.ts';
