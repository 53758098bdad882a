import type { Connector, SecretProvider } from '@convoflow/core';
import type { Workflow } from '@convoflow/workflow';

/**
 * The embedded sandbox as the studio uses it: its dummy secrets, one base URL per connector, the hosts that may
 * receive secrets, and how a Custom API URL or a workflow is moved onto it (a host it does not serve throws).
 */
export interface StudioSandbox {
  secrets: SecretProvider;
  /** The names its secret provider knows (what a config may reference when sending to the sandbox). */
  secretNames: readonly string[];
  baseUrls: Readonly<Record<string, string>>;
  allowHosts: readonly string[];
  routeUrl(url: unknown): unknown;
  routeWorkflow(workflow: Workflow): Workflow;
}

/** Options of {@link startStudio}. */
export interface StudioOptions {
  /** The connectors the panel offers (the CLI passes the ones it discovers). */
  connectors: Readonly<Record<string, Connector>>;
  /** Every send and every workflow run goes here unless the real service is chosen. */
  sandbox: StudioSandbox;
  /**
   * The real services' secrets (the CLI's provider: environment and --secrets-file, limited to allowed names).
   * Absent with `convoflow studio --sandbox`: then the sandbox is the only target.
   */
  real?: { secrets: SecretProvider; secretNames: readonly string[] };
  /** Response fields to mask besides the default rule (the connectors' `sensitiveResponseFields`). */
  sensitiveFields?: readonly string[];
  /** Where workflow files are looked for (`*.workflow.json`, up to three folders deep). Default: process.cwd(). */
  cwd?: string;
  /** The port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
}
