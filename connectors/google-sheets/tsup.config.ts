export { connectorConfig as default } from '../../tsup.config.base.ts';
