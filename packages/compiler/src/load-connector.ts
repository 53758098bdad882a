import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { CompileIssue } from './compile-issue.js';
import { camelCase, KEBAB_CASE, pascalCase } from './names.js';
import { parseJsonFile } from './parse-json.js';

/** One operation's files, loaded. */
export interface LoadedOperation {
  /** The kebab-case file stem, e.g. `create-payment-intent`. */
  stem: string;
  /** The operation id derived from it, e.g. `createPaymentIntent`. */
  id: string;
  /** The type name of its input, e.g. `CreatePaymentIntentInput`. */
  inputType: string;
  operationFile: string;
  operation: Record<string, unknown>;
  inputFile: string;
  input: Record<string, unknown>;
  outputFile?: string;
  output?: Record<string, unknown>;
  /** The text of `bodyTemplate`, when there is one. */
  bodyTemplateFile?: string;
  bodyTemplate?: string;
  /** The transform file, relative to the connector folder, when there is one. */
  transformFile?: string;
}

/** A connector folder, loaded: the manifest and every operation, with file names relative to `root`. */
export interface LoadedConnector {
  /** The folder name (must equal the manifest id). */
  folder: string;
  dir: string;
  manifestFile: string;
  manifest: Record<string, unknown>;
  packageJson: Record<string, unknown> | undefined;
  operations: LoadedOperation[];
}

/** The suffixes allowed in operations/ (the compiler refuses any other file there). */
export const OPERATION_SUFFIXES = [
  '.operation.json',
  '.output.schema.json',
  '.schema.json',
  '.transform.ts',
  '.hbs',
] as const;

async function readJson(
  path: string,
  file: string,
  issues: CompileIssue[],
): Promise<Record<string, unknown> | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    issues.push({ file, message: 'is missing' });
    return undefined;
  }
  const parsed = parseJsonFile(file, text);
  if ('issue' in parsed) {
    issues.push(parsed.issue);
    return undefined;
  }
  if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    issues.push({ file, pointer: '', message: 'must be a JSON object' });
    return undefined;
  }
  return parsed.value as Record<string, unknown>;
}

/**
 * Loads a connector folder: connector.json, package.json and every `operations/<name>.operation.json` with its
 * `<name>.schema.json` (input), optional `<name>.output.schema.json`, body template and transform. Collects every
 * problem (missing files, malformed JSON with line and column, stray or misnamed files) instead of stopping at one.
 */
export async function loadConnector(
  dir: string,
  root: string,
): Promise<{ connector?: LoadedConnector; issues: CompileIssue[] }> {
  const issues: CompileIssue[] = [];
  const rel = (path: string) => relative(root, path).split('\\').join('/');
  const manifestFile = rel(join(dir, 'connector.json'));
  const manifest = await readJson(join(dir, 'connector.json'), manifestFile, issues);
  const packageJson = await readJson(join(dir, 'package.json'), rel(join(dir, 'package.json')), issues);
  let names: string[] = [];
  try {
    names = (await readdir(join(dir, 'operations'))).sort();
  } catch {
    issues.push({
      file: rel(join(dir, 'operations')),
      message: 'is missing: a connector needs at least one operation',
    });
  }
  const operations: LoadedOperation[] = [];
  for (const name of names) {
    const file = rel(join(dir, 'operations', name));
    const suffix = OPERATION_SUFFIXES.find((candidate) => name.endsWith(candidate));
    const stem = suffix ? name.slice(0, -suffix.length) : name;
    if (!suffix) {
      issues.push({ file, message: `has an unknown suffix (allowed: ${OPERATION_SUFFIXES.join(', ')})` });
      continue;
    }
    if (!KEBAB_CASE.test(stem)) {
      issues.push({ file, message: `file names must be kebab-case (${stem} is not)` });
      continue;
    }
    if (suffix !== '.operation.json') {
      const owner = `${stem}.operation.json`;
      if (suffix !== '.hbs' && suffix !== '.transform.ts' && !names.includes(owner)) {
        issues.push({ file, message: `belongs to no operation (${owner} is missing)` });
      }
      continue;
    }
    const operation = await readJson(join(dir, 'operations', name), file, issues);
    const inputFile = rel(join(dir, 'operations', `${stem}.schema.json`));
    const input = await readJson(join(dir, 'operations', `${stem}.schema.json`), inputFile, issues);
    if (!operation || !input) continue;
    const loaded: LoadedOperation = {
      stem,
      id: camelCase(stem),
      inputType: `${pascalCase(stem)}Input`,
      operationFile: file,
      operation,
      inputFile,
      input,
    };
    if (names.includes(`${stem}.output.schema.json`)) {
      loaded.outputFile = rel(join(dir, 'operations', `${stem}.output.schema.json`));
      const output = await readJson(
        join(dir, 'operations', `${stem}.output.schema.json`),
        loaded.outputFile,
        issues,
      );
      if (output) loaded.output = output;
    }
    if (typeof operation.bodyTemplate === 'string') {
      loaded.bodyTemplateFile = rel(join(dir, 'operations', operation.bodyTemplate));
      try {
        loaded.bodyTemplate = await readFile(join(dir, 'operations', operation.bodyTemplate), 'utf8');
      } catch {
        issues.push({
          file,
          pointer: '/bodyTemplate',
          message: `names ${operation.bodyTemplate}, which is missing`,
        });
      }
    }
    if (typeof operation.transform === 'string') {
      if (names.includes(operation.transform)) loaded.transformFile = `operations/${operation.transform}`;
      else
        issues.push({
          file,
          pointer: '/transform',
          message: `names ${operation.transform}, which is missing`,
        });
    }
    operations.push(loaded);
  }
  if (!manifest) return { issues };
  return {
    connector: { folder: basename(dir), dir, manifestFile, manifest, packageJson, operations },
    issues,
  };
}
