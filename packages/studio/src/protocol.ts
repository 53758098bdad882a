/**
 * What the studio's server and its web app say to each other over `/api/*`: types only, shared by both sides.
 * No secret value ever appears in any of these: secrets travel as `{{secrets.NAME}}` references and names.
 */

/** Where a send goes: the embedded sandbox (the default) or the real service. */
export type Target = 'sandbox' | 'real';

/** A JSON Schema, as the connectors and core publish them. */
export type JsonSchema = Record<string, unknown>;

/** One connector operation the panel can configure. */
export interface CatalogOperation {
  id: string;
  title: string;
  description: string;
  method: string;
  path: string;
  docsUrl?: string;
  /** The secrets it reads (names only). */
  secrets: string[];
  inputSchema: JsonSchema;
}

/** One connector and its operations. */
export interface CatalogConnector {
  id: string;
  title: string;
  description: string;
  operations: CatalogOperation[];
}

/** `GET /api/catalog`: everything the panel offers. */
export interface Catalog {
  /** `sandbox-only` under `convoflow studio --sandbox`: the real services cannot be chosen. */
  mode: 'sandbox-only' | 'choose';
  /** core's published JSON Schema of a Custom API node config. */
  customApiSchema: JsonSchema;
  /** A starting config: the product docs' Stripe example, its key as a reference. */
  customApiExample: Record<string, unknown>;
  connectors: CatalogConnector[];
  /** The secret names a config may reference, per target. */
  secretNames: Record<Target, string[]>;
  /** Workflow files found under the folder the studio started in (relative paths). */
  workflows: string[];
}

/** What the panel configures: the Custom API node, or one connector operation. */
export type NodeChoice =
  | { kind: 'customApi'; config: Record<string, unknown> }
  | { kind: 'operation'; connector: string; operation: string; input: Record<string, unknown> };

/** A problem with a pointer into the config or the input (`/amount`). */
export interface Issue {
  pointer: string;
  message: string;
}

/** `POST /api/preview`: the exact request, redacted, or why it cannot be sent. */
export interface Preview {
  ok: boolean;
  issues: Issue[];
  /** Secrets that are missing or not allowed (a send would fail on them). */
  warnings: string[];
  /** The Custom API node config that will be sent (secrets as references): "copy config JSON". */
  config?: Record<string, unknown>;
  request?: { method: string; url: string; headers: Record<string, string>; body?: string };
  curl?: string;
}

/** `POST /api/send`: the result, redacted, sensitive fields masked. */
export interface SendResult {
  ok: boolean;
  issues: Issue[];
  target: Target;
  status?: number;
  durationMs: number;
  attempts: number;
  headers: Record<string, string>;
  body?: unknown;
  request?: Preview['request'];
  error?: { kind: string; message: string; code?: string | number };
}

/** `POST /api/workflow/open`: a workflow file and the sample inputs next to it (`name.*.json`). */
export interface OpenedWorkflow {
  path: string;
  workflow: Record<string, unknown>;
  inputs: Array<{ name: string; value: unknown }>;
}

/** One step's redacted record, as the execution view shows it. */
export interface StepView {
  id?: string;
  type: string;
  operation?: string;
  ok: boolean;
  handled?: boolean;
  status?: number;
  attempts: number;
  durationMs: number;
  branch?: 'then' | 'else';
  request?: Preview['request'];
  response?: { status: number; headers: Record<string, string>; body: unknown };
  error?: { kind: string; message: string; code?: string | number };
}

/** The server-sent events of one run (`GET /api/runs/:id/events`), each a JSON `data:` line. */
export type RunEvent =
  | { type: 'step-start'; id?: string; stepType: string; operation?: string; depth: number }
  | { type: 'attempt'; stepId: string; attempt: number }
  | { type: 'step-end'; record: StepView; depth: number }
  | {
      type: 'run-end';
      ok: boolean;
      durationMs: number;
      error?: { stepId?: string; message: string; issues?: Issue[] };
    };
