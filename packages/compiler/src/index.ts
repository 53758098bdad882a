export { type EmitTypesOptions, emitTypes } from './emit-types.js';
export { type EmitValidatorOptions, emitValidator, validatorAjvOptions } from './emit-validator.js';
export { type GeneratedFile, generatedBanner } from './generated-file.js';
