import { type AjvErrorLike, formatAjvErrors } from '../config/format-ajv-errors.js';
import type { ValidationIssue } from '../errors/convoflow-error.js';

/** A precompiled response check: `true`, or the problems found. For runtimes that forbid code generation. */
export type ResponseValidator = (body: unknown) => true | ValidationIssue[];

type CompiledSchema = ((data: unknown) => boolean) & { errors?: AjvErrorLike[] | null };
const compiled = new WeakMap<object, Promise<CompiledSchema>>();

/**
 * Compiles a JSON Schema with ajv on first use (ajv is an optional peer dependency: install it to use
 * `responseSchema`, or pass a precompiled {@link ResponseValidator} instead) and caches it per schema object.
 */
async function compile(schema: object): Promise<CompiledSchema> {
  let validator = compiled.get(schema);
  if (!validator) {
    validator = import('ajv').then(
      (module) => {
        const Ajv = (
          module as unknown as { Ajv: new (options: object) => { compile(schema: object): CompiledSchema } }
        ).Ajv;
        return new Ajv({ allErrors: true, strict: false }).compile(schema);
      },
      () => {
        throw new Error(
          'responseSchema needs the "ajv" package: install it, or pass a precompiled responseValidator',
        );
      },
    );
    compiled.set(schema, validator);
  }
  return validator;
}

/** Checks a 2xx body against `responseSchema` or a validator function. */
export async function checkResponse(
  body: unknown,
  schema: object | undefined,
  validator: ResponseValidator | undefined,
): Promise<ValidationIssue[]> {
  if (validator) {
    const verdict = validator(body);
    return verdict === true ? [] : verdict;
  }
  if (!schema) return [];
  const validate = await compile(schema);
  return validate(body) ? [] : formatAjvErrors(validate.errors ?? []);
}
