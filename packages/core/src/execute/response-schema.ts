import { type AjvErrorLike, formatAjvErrors } from '../config/format-ajv-errors.js';
import type { ValidationIssue } from '../errors/convoflow-error.js';
import { BoundedCache } from '../references/bounded-cache.js';

/** A precompiled response check: `true`, or the problems found. For runtimes that forbid code generation. */
export type ResponseValidator = (body: unknown) => true | ValidationIssue[];

type CompiledSchema = ((data: unknown) => boolean) & { errors?: AjvErrorLike[] | null };
type AjvClass = new (options: object) => { compile(schema: object): CompiledSchema };

/** Compiled schemas by their JSON (configs are often parsed anew per call, so identity would miss). */
const compiled = new BoundedCache<string, Promise<CompiledSchema>>(200);

/**
 * Compiles a JSON Schema with ajv on first use (ajv is an optional peer dependency: install it to use
 * `responseSchema`, or pass a precompiled {@link ResponseValidator} instead) and caches it.
 */
function compile(schema: object): Promise<CompiledSchema> {
  return compiled.get(JSON.stringify(schema), () =>
    import('ajv').then(
      (module) =>
        new (module as unknown as { Ajv: AjvClass }).Ajv({ allErrors: true, strict: false }).compile(schema),
      () => {
        throw new Error(
          'responseSchema needs the "ajv" package: install it, or pass a precompiled responseValidator',
        );
      },
    ),
  );
}

/** Why `schema` cannot be used as a responseSchema (ajv missing, or not a valid schema), or undefined. */
export async function responseSchemaProblem(schema: object): Promise<string | undefined> {
  try {
    await compile(schema);
    return undefined;
  } catch (error) {
    return `responseSchema cannot be used: ${(error as Error).message}`;
  }
}

/** Checks a 2xx body against `responseSchema` or a validator function (synchronous when there is nothing to compile). */
export function checkResponse(
  body: unknown,
  schema: object | undefined,
  validator: ResponseValidator | undefined,
): ValidationIssue[] | Promise<ValidationIssue[]> {
  if (validator) {
    const verdict = validator(body);
    return verdict === true ? [] : verdict;
  }
  if (!schema) return [];
  return compile(schema).then((validate) => (validate(body) ? [] : formatAjvErrors(validate.errors ?? [])));
}
