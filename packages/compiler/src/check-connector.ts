import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { basicAuthIssues, placeholderIssues } from './check-placeholders.js';
import type { CompileIssue } from './compile-issue.js';
import type { LoadedConnector } from './load-connector.js';

/** The secret names an auth scheme of connector.json may hold. */
type SchemeSecrets = Partial<Record<'secret' | 'clientIdSecret' | 'clientSecretSecret', string>>;

/** Patterns of real credentials (live Stripe keys, SendGrid, Slack, Google OAuth, AWS): never in fixtures or docs. */
const REAL_LOOKING_SECRETS = [
  /sk_live_[0-9A-Za-z]{8,}/,
  /rk_live_[0-9A-Za-z]{8,}/,
  /SG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}/,
  /xox[abpr]-[0-9A-Za-z-]{10,}/,
  /ya29\.[0-9A-Za-z_-]{20,}/,
  /AKIA[0-9A-Z]{16}/,
  /hooks\.slack\.com\/services\/T[0-9A-Z]{8,}\/B[0-9A-Z]{8,}\/[0-9A-Za-z]{20,}/,
];

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * The contributor checklist a machine can check: fixtures for every operation (a valid case with its expected
 * request and an invalid case with its expected issues), a README that lists every operation and every secret,
 * a CHANGELOG, no scaffold placeholders left (check-placeholders.ts), a description of both secrets of a Basic
 * scheme, and no real-looking credentials anywhere in the folder. (Descriptions and names are checked by
 * the compiler's rules.)
 */
export function checkConnector(connector: LoadedConnector, relativeDir: string): CompileIssue[] {
  const issues: CompileIssue[] = [...placeholderIssues(connector), ...basicAuthIssues(connector)];
  const fixtures = join(connector.dir, 'test', 'fixtures');
  for (const operation of connector.operations) {
    const dir = join(fixtures, operation.stem);
    const names = existsSync(dir) ? readdirSync(dir) : [];
    const cases = names
      .filter((name) => name.endsWith('.input.json'))
      .map((name) => name.slice(0, -'.input.json'.length));
    const at = `${relativeDir}/test/fixtures/${operation.stem}`;
    if (!cases.some((name) => names.includes(`${name}.request.json`))) {
      issues.push({
        file: at,
        message: `${operation.id} needs a valid fixture: <case>.input.json with <case>.request.json`,
      });
    }
    if (!cases.some((name) => names.includes(`${name}.issues.json`))) {
      issues.push({
        file: at,
        message: `${operation.id} needs an invalid fixture: <case>.input.json with <case>.issues.json`,
      });
    }
    for (const name of cases) {
      if (!names.includes(`${name}.request.json`) && !names.includes(`${name}.issues.json`)) {
        issues.push({
          file: `${at}/${name}.input.json`,
          message: 'has neither a .request.json nor an .issues.json',
        });
      }
    }
  }
  const readmePath = join(connector.dir, 'README.md');
  const readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : undefined;
  if (readme === undefined) issues.push({ file: `${relativeDir}/README.md`, message: 'is missing' });
  else {
    for (const operation of connector.operations) {
      if (!readme.includes(operation.id))
        issues.push({
          file: `${relativeDir}/README.md`,
          message: `does not mention the operation ${operation.id}`,
        });
    }
    for (const scheme of Object.values((connector.manifest.auth ?? {}) as Record<string, SchemeSecrets>)) {
      const names = [scheme.clientIdSecret, scheme.clientSecretSecret, scheme.secret];
      for (const name of names) {
        if (name && !readme.includes(name)) {
          issues.push({
            file: `${relativeDir}/README.md`,
            message: `does not explain how to get ${name}`,
          });
        }
      }
    }
  }
  if (!existsSync(join(connector.dir, 'CHANGELOG.md')))
    issues.push({ file: `${relativeDir}/CHANGELOG.md`, message: 'is missing' });
  for (const file of filesUnder(connector.dir).filter(
    (path) => !/[\\/](generated|dist|node_modules)[\\/]/.test(path),
  )) {
    const text = readFileSync(file, 'utf8');
    for (const pattern of REAL_LOOKING_SECRETS) {
      const match = pattern.exec(text);
      if (match) {
        const line = text.slice(0, match.index).split('\n').length;
        issues.push({
          file: `${relativeDir}${file.slice(connector.dir.length).split('\\').join('/')}`,
          line,
          column: 1,
          message: 'holds what looks like a real credential; use an obvious fake',
        });
      }
    }
  }
  return issues;
}
