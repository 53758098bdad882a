import type { CompileIssue } from './compile-issue.js';
import type { LoadedConnector } from './load-connector.js';

/** What `pnpm new-connector` writes for the contributor to replace: its marker text and its example hosts. */
const PLACEHOLDER_TEXT = /\bReplace this\b/i;
const PLACEHOLDER_HOST = /^(?:[a-z0-9-]+\.)*example\.(?:com|org|net)$/i;

function hostOf(value: string): string | undefined {
  try {
    return new URL(value).hostname;
  } catch {
    return undefined;
  }
}

/** Every string in a JSON value with its pointer (descriptions, URLs, hosts). */
function* strings(value: unknown, pointer = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [pointer, value];
  else if (Array.isArray(value))
    for (const [index, item] of value.entries()) yield* strings(item, `${pointer}/${index}`);
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value))
      yield* strings(item, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
}

/**
 * The scaffold's placeholders, still in place: "Replace this…" text anywhere in the manifests, and example.com
 * hosts in URLs (docsUrl, baseUrl, setupUrl) or allowedHosts. An untouched scaffold compiles and passes its own
 * tests, so only this check stops it from being submitted as a connector.
 */
export function placeholderIssues(connector: LoadedConnector): CompileIssue[] {
  const files: Array<[string, unknown]> = [
    [connector.manifestFile, connector.manifest],
    ...connector.operations.map((operation): [string, unknown] => [
      operation.operationFile,
      operation.operation,
    ]),
  ];
  const issues: CompileIssue[] = [];
  for (const [file, manifest] of files) {
    for (const [pointer, text] of strings(manifest)) {
      if (pointer === '/$schema') continue;
      const host = pointer.startsWith('/allowedHosts/') ? text.replace(/:\d+$/, '') : hostOf(text);
      if (PLACEHOLDER_TEXT.test(text))
        issues.push({ file, pointer, message: 'is still the scaffold placeholder text' });
      else if (host !== undefined && PLACEHOLDER_HOST.test(host))
        issues.push({ file, pointer, message: `${host} is a placeholder host: use the provider's real one` });
    }
  }
  return issues;
}

/** A Basic scheme needs a description of each of its two secrets (the user name is often an account id). */
export function basicAuthIssues(connector: LoadedConnector): CompileIssue[] {
  const schemes = (connector.manifest.auth ?? {}) as Record<string, Record<string, unknown>>;
  return Object.entries(schemes)
    .filter(([, scheme]) => scheme.type === 'basic' && typeof scheme.usernameDescription !== 'string')
    .map(([name, scheme]) => ({
      file: connector.manifestFile,
      pointer: `/auth/${name}`,
      message: `a basic scheme needs usernameDescription: how to get ${String(scheme.usernameSecret)} (description covers ${String(scheme.secret)})`,
    }));
}
