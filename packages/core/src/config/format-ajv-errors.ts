import type { ValidationIssue } from '../errors/convoflow-error.js';
import { childPointer, displayPointer } from '../references/json-pointer.js';

/** The parts of an ajv error object this formatter reads (ajv's `ErrorObject`, without depending on ajv). */
export interface AjvErrorLike {
  instancePath: string;
  /** Where in the schema the failing keyword is (ajv always sets it; used to group alternatives). */
  schemaPath?: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

function article(type: string): string {
  return type === 'object' || type === 'array' || type === 'integer' ? `an ${type}` : `a ${type}`;
}

function list(items: readonly unknown[], last = 'or'): string {
  const words = items.map((item) => (typeof item === 'string' ? item : JSON.stringify(item)));
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${last} ${words.at(-1)}`;
}

/** The known name closest to a misspelt one (edit distance ≤ 2), for "did you mean" hints. */
export function closestName(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j] as number;
      row[j] = Math.min(
        (row[j] as number) + 1,
        (row[j - 1] as number) + 1,
        previous + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      previous = saved;
    }
  }
  return row[b.length] as number;
}

/** One ajv error in plain English, with the pointer of the value it is about. */
function formatOne(
  error: AjvErrorLike,
  knownProperties: (pointer: string) => readonly string[],
): ValidationIssue {
  const { params } = error;
  switch (error.keyword) {
    case 'required':
      return {
        pointer: childPointer(error.instancePath, String(params.missingProperty)),
        message: 'is required',
      };
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const hint = closestName(name, knownProperties(error.instancePath));
      return {
        pointer: displayPointer(childPointer(error.instancePath, name)),
        message: `is not a known field${hint ? ` (did you mean "${hint}"?)` : ''}`,
      };
    }
    case 'enum':
      return {
        pointer: displayPointer(error.instancePath),
        message: `must be one of ${list(params.allowedValues as unknown[])}`,
      };
    case 'const':
      return {
        pointer: displayPointer(error.instancePath),
        message: `must be ${JSON.stringify(params.allowedValue)}`,
      };
    case 'type': {
      const types = String(params.type).split(',');
      return { pointer: displayPointer(error.instancePath), message: `must be ${list(types.map(article))}` };
    }
    case 'discriminator':
      return {
        pointer: displayPointer(childPointer(error.instancePath, String(params.tag))),
        message:
          params.error === 'mapping'
            ? 'is not a known kind'
            : `is required and must be a string naming the kind`,
      };
    case 'minLength':
      return {
        pointer: displayPointer(error.instancePath),
        message:
          params.limit === 1 ? 'must not be empty' : `must be at least ${params.limit} characters long`,
      };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        pointer: displayPointer(error.instancePath),
        message: `must be ${params.comparison} ${params.limit}`,
      };
    case 'uniqueItems':
      return {
        pointer: displayPointer(error.instancePath),
        message: `must not repeat items (items ${params.j} and ${params.i} are the same)`,
      };
    default:
      return {
        pointer: displayPointer(error.instancePath),
        message: error.message ?? `fails ${error.keyword}`,
      };
  }
}

/**
 * Turns ajv's errors into {@link ValidationIssue}s with plain-English messages
 * (`/method: must be one of GET, POST, …`). Duplicates are dropped; `oneOf` summaries are dropped when a more
 * precise error about the same value exists.
 */
export function formatAjvErrors(
  errors: readonly AjvErrorLike[],
  knownProperties: (pointer: string) => readonly string[] = () => [],
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  const { summaries, absorbed } = summarizeAlternatives(errors);
  for (const summary of summaries) {
    seen.add(`${summary.pointer}\u0000${summary.message}`);
    issues.push(summary);
  }
  const precise = errors.filter(
    (error) => error.keyword !== 'oneOf' && error.keyword !== 'anyOf' && !absorbed.has(error),
  );
  const chosen = precise.length > 0 || summaries.length > 0 ? precise : errors;
  const discriminatorIssues: ValidationIssue[] = [];
  for (const error of chosen) {
    const issue = formatOne(error, knownProperties);
    const key = `${issue.pointer}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    (error.keyword === 'discriminator' ? discriminatorIssues : issues).push(issue);
  }
  // A discriminator error only repeats what an enum or required error on the same field already says.
  const covered = new Set(issues.map((issue) => issue.pointer));
  return [...issues, ...discriminatorIssues.filter((issue) => !covered.has(issue.pointer))];
}

/**
 * Alternatives (`anyOf` / `oneOf`) read badly as raw ajv errors (one "is required" per branch). When every branch
 * failed only for missing properties, say so once: `needs text, blocks or attachments`; when a `oneOf` matched
 * several branches, say that. Returns the summaries and the branch errors they replace.
 */
function summarizeAlternatives(errors: readonly AjvErrorLike[]): {
  summaries: ValidationIssue[];
  absorbed: Set<AjvErrorLike>;
} {
  const summaries: ValidationIssue[] = [];
  const absorbed = new Set<AjvErrorLike>();
  for (const error of errors) {
    if ((error.keyword !== 'anyOf' && error.keyword !== 'oneOf') || error.schemaPath === undefined) continue;
    const prefix = `${error.schemaPath}/`;
    const branches = errors.filter(
      (other) => other.schemaPath?.startsWith(prefix) && other.instancePath === error.instancePath,
    );
    const passing = error.params.passingSchemas;
    if (Array.isArray(passing) && passing.length > 1) {
      summaries.push({
        pointer: displayPointer(error.instancePath),
        message: 'matches more than one of the allowed forms; use exactly one',
      });
      for (const branch of branches) absorbed.add(branch);
      continue;
    }
    if (branches.length === 0 || !branches.every((branch) => branch.keyword === 'required')) continue;
    const byBranch = new Map<string, string[]>();
    for (const branch of branches) {
      const index = (branch.schemaPath ?? '').slice(prefix.length).split('/')[0] ?? '';
      byBranch.set(index, [...(byBranch.get(index) ?? []), String(branch.params.missingProperty)]);
    }
    const options = [...byBranch.values()].map((missing) => missing.join(' and '));
    summaries.push({ pointer: displayPointer(error.instancePath), message: `needs ${list(options)}` });
    for (const branch of branches) absorbed.add(branch);
  }
  return { summaries, absorbed };
}
