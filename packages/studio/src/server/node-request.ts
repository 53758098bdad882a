import {
  type Connector,
  type CustomApiNodeConfig,
  executeNode,
  maskSensitiveFields,
  type NodeResult,
  type PreparedRequest,
  type SecretProvider,
  toCurl,
} from '@convoflow/core';
import { planRequest } from '@convoflow/workflow';
import type { Issue, NodeChoice, Preview, SendResult, Target } from '../protocol.js';
import { RequestProblem } from './http-utils.js';
import type { StudioOptions } from './options.js';
import { literalSecretIssues } from './secret-fields.js';

/** What a dry run shows for an idempotency key that core makes when the call is sent (as `convoflow call`). */
const KEY_MADE_WHEN_SENT = '<made when sent; the same on every retry>';

/** One node, ready to plan or send: its config for the chosen target, and what that target needs. */
interface Resolved {
  target: Target;
  /** The config as sent to the target (URLs moved onto the sandbox there). */
  config: CustomApiNodeConfig;
  /** The config to copy: the real service's URLs, secrets as references. */
  portable: Record<string, unknown>;
  secrets: SecretProvider;
  allowHosts: readonly string[];
  connector?: Connector;
  operation?: string;
  input?: Record<string, unknown>;
  baseUrl?: string;
}

function issuesOf(error: unknown): Issue[] {
  const issues = (error as { issues?: Issue[] }).issues;
  return issues && issues.length > 0
    ? issues.map(({ pointer, message }) => ({ pointer, message }))
    : [{ pointer: '', message: (error as Error).message ?? String(error) }];
}

/** The target a request asked for; the real service is refused under `--sandbox`. */
export function targetOf(value: unknown, options: StudioOptions): Target {
  if (value === undefined || value === 'sandbox') return 'sandbox';
  if (value !== 'real') throw new RequestProblem(400, 'target must be "sandbox" or "real"');
  if (!options.real)
    throw new RequestProblem(403, 'the studio runs with --sandbox: the sandbox is the only target');
  return 'real';
}

/** Resolves the node for its target, or lists the problems that stop it before anything is sent. */
function resolve(choice: NodeChoice, target: Target, options: StudioOptions): Resolved | Issue[] {
  const sandbox = target === 'sandbox';
  const secrets = sandbox ? options.sandbox.secrets : (options.real?.secrets ?? (() => undefined));
  const allowHosts = sandbox ? options.sandbox.allowHosts : [];
  if (choice.kind === 'customApi') {
    const literal = literalSecretIssues(choice.config);
    if (literal.length > 0) return literal;
    let url: unknown = choice.config.url;
    if (sandbox) {
      try {
        url = options.sandbox.routeUrl(url);
      } catch (error) {
        return [{ pointer: '/url', message: (error as Error).message }];
      }
    }
    const config = { ...choice.config, url } as CustomApiNodeConfig;
    return { target, config, portable: choice.config, secrets, allowHosts };
  }
  const connector = Object.hasOwn(options.connectors, choice.connector)
    ? options.connectors[choice.connector]
    : undefined;
  if (!connector || !Object.hasOwn(connector.operations, choice.operation))
    throw new RequestProblem(404, `there is no operation ${choice.connector}.${choice.operation}`);
  const baseUrl = sandbox ? options.sandbox.baseUrls[connector.id] : undefined;
  try {
    const preset = (extra: object) =>
      connector.preset(choice.operation as never, choice.input as never, extra) as CustomApiNodeConfig;
    return {
      target,
      config: preset(baseUrl ? { baseUrl } : {}),
      portable: preset({}) as unknown as Record<string, unknown>,
      secrets,
      allowHosts,
      connector,
      operation: choice.operation,
      input: choice.input,
      ...(baseUrl ? { baseUrl } : {}),
    };
  } catch (error) {
    return issuesOf(error);
  }
}

function withIdempotencyPlaceholder(prepared: PreparedRequest, connector: Connector | undefined) {
  const idempotency = connector?.idempotency;
  return idempotency?.methods.includes(prepared.method)
    ? prepared.with({
        headers: {
          ...prepared.headers,
          [(idempotency.header ?? 'idempotency-key').toLowerCase()]: KEY_MADE_WHEN_SENT,
        },
      })
    : prepared;
}

/**
 * `POST /api/preview`: the exact request the node would send to the target, redacted, planned by the workflow
 * package's `planRequest` (the same dry run as `convoflow call --dry-run`): no secret value is read into it.
 */
export async function previewNode(
  choice: NodeChoice,
  target: Target,
  options: StudioOptions,
): Promise<Preview> {
  const resolved = resolve(choice, target, options);
  if (Array.isArray(resolved)) return { ok: false, issues: resolved, warnings: [] };
  const planned = await planRequest(resolved.config, {
    secrets: resolved.secrets,
    allowHosts: resolved.allowHosts,
  });
  const warnings = planned.secrets.map((finding) => finding.message);
  if (planned.issues.length > 0 || !planned.prepared)
    return {
      ok: false,
      issues: planned.issues.map(({ pointer, message }) => ({ pointer, message })),
      warnings,
      config: resolved.portable,
    };
  const prepared = withIdempotencyPlaceholder(planned.prepared, resolved.connector);
  return {
    ok: true,
    issues: [],
    warnings,
    config: resolved.portable,
    request: prepared.toJSON(),
    curl: toCurl(prepared),
  };
}

function bodyView(body: unknown): unknown {
  return body instanceof Uint8Array ? `<${body.byteLength} bytes>` : body;
}

/** `POST /api/send`: sends through core (the server alone reads secret values); the result redacted and masked. */
export async function sendNode(
  choice: NodeChoice,
  target: Target,
  options: StudioOptions,
): Promise<SendResult> {
  const resolved = resolve(choice, target, options);
  if (Array.isArray(resolved))
    return { ok: false, issues: resolved, target, durationMs: 0, attempts: 0, headers: {} };
  let result: NodeResult;
  if (resolved.connector && resolved.operation)
    result = await resolved.connector.run(resolved.operation as never, resolved.input as never, {
      secrets: resolved.secrets,
      ...(resolved.baseUrl ? { baseUrl: resolved.baseUrl } : {}),
    });
  else
    result = await executeNode(resolved.config, {
      secrets: resolved.secrets,
      allowHosts: resolved.allowHosts,
    });
  const masked = maskSensitiveFields(result, options.sensitiveFields ?? []) as NodeResult;
  return {
    ok: masked.ok,
    issues: masked.ok
      ? []
      : (masked.error.issues ?? []).map(({ pointer, message }) => ({ pointer, message })),
    target,
    ...(masked.status !== undefined ? { status: masked.status } : {}),
    durationMs: masked.durationMs,
    attempts: masked.attempts,
    headers: masked.headers,
    ...(masked.body !== undefined ? { body: bodyView(masked.body) } : {}),
    request: masked.request,
    ...(masked.ok
      ? {}
      : {
          error: {
            kind: masked.error.kind,
            message: masked.error.message,
            ...(masked.error.code !== undefined ? { code: masked.error.code } : {}),
          },
        }),
  };
}
