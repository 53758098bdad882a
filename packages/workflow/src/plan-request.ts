import {
  type CustomApiNodeConfig,
  collectSecretNames,
  isConfigError,
  isHostAllowed,
  type PreparedRequest,
  prepareRequest,
  type SecretProvider,
  type ValidationIssue,
} from '@convoflow/core';
import type { SecretFinding } from './plan-types.js';

/** No secret is ever read into a plan: each one is shown as its `<NAME>` placeholder. */
const NO_VALUES: SecretProvider = () => undefined;

/** Asks any provider whether it has one secret (the value is not kept); an Error when it refuses the name. */
async function secretState(provider: SecretProvider, name: string): Promise<'set' | 'missing' | Error> {
  try {
    const value = await (typeof provider === 'function'
      ? provider(name)
      : Object.hasOwn(provider, name)
        ? provider[name]
        : undefined);
    return typeof value === 'string' && value !== '' ? 'set' : 'missing';
  } catch (error) {
    return error instanceof Error ? error : new Error(`secret ${name} could not be read`);
  }
}

/**
 * The secrets among `names` (with the pointer of their first use) that the provider lacks or refuses. Only
 * presence is asked: no value is kept.
 */
export async function secretFindings(
  names: ReadonlyMap<string, string>,
  provider: SecretProvider | undefined,
  stepId: string,
): Promise<SecretFinding[]> {
  const findings: SecretFinding[] = [];
  for (const [name, pointer] of names) {
    const state = await secretState(provider ?? NO_VALUES, name);
    if (state === 'set') continue;
    findings.push({
      name,
      stepId,
      pointer,
      reason: state === 'missing' ? 'missing' : 'denied',
      message: state === 'missing' ? `secret ${name} is not set` : state.message,
    });
  }
  return findings;
}

/** Options of {@link planRequest}. */
export interface PlanRequestOptions {
  /** Asked only whether each secret is there; no value ends up in the plan. */
  secrets?: SecretProvider | undefined;
  allowHosts?: readonly string[] | undefined;
  context?: Readonly<Record<string, unknown>> | undefined;
  /** Used in findings: the step the config belongs to. */
  stepId?: string;
}

/** One Custom API node config, planned: its request with every secret as `<NAME>`, and what stands in its way. */
export interface PlannedRequest {
  prepared?: PreparedRequest;
  secrets: SecretFinding[];
  /** Problems with pointers into the config (`/url`, `/body/amount`, …). */
  issues: ValidationIssue[];
}

/**
 * Prepares a config without reading any secret's value and without sending: every secret it names is checked
 * for presence (missing or refused ones are listed), and a host outside allowedHosts that would receive a secret
 * is an issue.
 */
export async function planRequest(
  config: CustomApiNodeConfig,
  options: PlanRequestOptions = {},
): Promise<PlannedRequest> {
  const names = collectSecretNames(config, '');
  const planned: PlannedRequest = {
    secrets: await secretFindings(names, options.secrets, options.stepId ?? ''),
    issues: [],
  };
  try {
    planned.prepared = await prepareRequest(config, {
      secrets: NO_VALUES,
      missingSecrets: 'placeholder',
      ...(options.context ? { context: options.context } : {}),
    });
  } catch (error) {
    // Never thrown, and never the error's own text (it may quote a URL with a secret in it).
    planned.issues.push(
      ...(isConfigError(error)
        ? error.issues
        : [{ pointer: '/', message: `could not be prepared (${(error as Error).name ?? 'error'})` }]),
    );
    return planned;
  }
  if (names.size > 0) {
    const problem = hostProblem(planned.prepared, options.allowHosts ?? []);
    if (problem) planned.issues.push(problem);
  }
  return planned;
}

function hostProblem(prepared: PreparedRequest, allowHosts: readonly string[]): ValidationIssue | undefined {
  let url: URL;
  try {
    url = new URL(prepared.url);
  } catch {
    return undefined; // the URL is itself a secret, or waits for a step: checked when it is sent
  }
  if (isHostAllowed(url, [...prepared.allowedHosts, ...allowHosts])) return undefined;
  return {
    pointer: '/url',
    message: `${url.host} is not in allowedHosts, so it may not receive this request's secrets`,
  };
}
