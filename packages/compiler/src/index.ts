export { analyzeTemplate, PRECOMPILE_OPTIONS } from './analyze-template.js';
export { checkConnector } from './check-connector.js';
export { type CompiledConnector, compileConnector } from './compile-connector.js';
export { type CompileIssue, formatIssue, isManifestError, ManifestError } from './compile-issue.js';
export {
  type CoreFeatureVersions,
  compareVersions,
  coreFeaturesUsed,
  coreFeatureVersions,
  peerLowerBound,
  requiredCoreVersion,
  stampNext,
} from './core-features.js';
export { emitReadmeSection, README_MARKERS, spliceReadme } from './emit-readme-table.js';
export { type EmitTypesOptions, emitTypes } from './emit-types.js';
export {
  type EmitValidatorOptions,
  emitValidator,
  emitValidators,
  validatorAjvOptions,
} from './emit-validator.js';
export { type GeneratedFile, generatedBanner } from './generated-file.js';
export {
  type LoadedConnector,
  type LoadedOperation,
  loadConnector,
  OPERATION_SUFFIXES,
} from './load-connector.js';
export { camelCase, KEBAB_CASE, pascalCase } from './names.js';
export { RULES, type RuleResult, runRules } from './rules.js';
export { connectorIdProblem, scaffoldConnector, scaffoldFiles } from './scaffold-connector.js';
export { validateManifests } from './validate-manifest.js';
export { type FileCheck, writeOrCheck } from './write-or-check.js';
