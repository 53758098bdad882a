// Generated from packages/workflow/schema/workflow.schema.json by `pnpm codegen --write`. Do not edit.

export type Step = {
  type: 'customApi' | 'connector' | 'condition' | 'debug' | 'delay';
} & Step1;
export type Step1 = CustomApiStep | ConnectorStep | ConditionStep | DebugStep | DelayStep;
/**
 * A step id, unique in the workflow; later steps reference it as {{steps.<id>…}}.
 */
export type StepId = string;
/**
 * Steps, run in order.
 */
export type Steps = Step[];

/**
 * A ConvoFlow workflow: steps that run one after another. Strings in step configs and inputs may reference the run input ({{input.email}}) and earlier steps ({{steps.charge.body.id}}, {{steps.charge.status}}); a string that is exactly one reference keeps its JSON type.
 */
export interface Workflow {
  /**
   * This schema, for editors.
   */
  $schema?: string;
  /**
   * A short name, shown in traces.
   */
  name?: string;
  /**
   * What the workflow does.
   */
  description?: string;
  /**
   * A JSON Schema for the run input; the input is checked against it before the first step, and references to input fields must exist in it.
   */
  input?: {
    [k: string]: unknown | undefined;
  };
  steps: Steps;
}
/**
 * A Custom API node: one HTTP request written as a config (see @convoflow/core's custom-api-node schema).
 */
export interface CustomApiStep {
  type: 'customApi';
  id: StepId;
  /**
   * What the step is for.
   */
  description?: string;
  /**
   * The Custom API node config.
   */
  config: {
    [k: string]: unknown | undefined;
  };
  /**
   * Go on after a failure (the failure is recorded).
   */
  continueOnError?: boolean;
}
/**
 * An operation of an installed connector, e.g. stripe.createPaymentIntent, with its input.
 */
export interface ConnectorStep {
  type: 'connector';
  id: StepId;
  /**
   * What the step is for.
   */
  description?: string;
  /**
   * <connector id>.<operation id>, e.g. stripe.createPaymentIntent.
   */
  operation: string;
  /**
   * The operation's input.
   */
  input: {
    [k: string]: unknown | undefined;
  };
  /**
   * Extra or overriding headers for this call (e.g. Stripe-Account).
   */
  headers?: {
    [k: string]: string | undefined;
  };
  /**
   * Follow the pages of a paginated operation (one whose manifest declares pagination) and collect their items: later steps read {{steps.<id>.items}}, {{steps.<id>.pages}} and {{steps.<id>.capped}} (true when a limit stopped it); body, headers and status are the last page's. Capped: at most 100 pages and 10000 items.
   */
  paginate?: {
    /**
     * Stop after this many pages (default 10, at most 100).
     */
    maxPages?: number;
    /**
     * Stop once this many items are collected (default 1000, at most 10000).
     */
    maxItems?: number;
  };
  /**
   * Go on after a failure (the failure is recorded).
   */
  continueOnError?: boolean;
}
/**
 * Runs `then` when the predicate holds, `else` otherwise. A condition right after a step that tests it handles that step's failure.
 */
export interface ConditionStep {
  type: 'condition';
  id?: StepId;
  /**
   * What the branch decides.
   */
  description?: string;
  if: Predicate;
  then: Steps;
  else?: Steps;
}
/**
 * One test: ok, failed, status, errorKind, equals, or all/any/not of predicates.
 */
export interface Predicate {
  ok?: StepId;
  failed?: StepId;
  status?: StepStatus;
  errorKind?: {
    step: StepId;
    /**
     * The error kind.
     */
    equals:
      | 'http'
      | 'upstream'
      | 'timeout'
      | 'network'
      | 'aborted'
      | 'rate_limited'
      | 'too_large'
      | 'invalid_response'
      | 'config'
      | 'input'
      | 'auth'
      | 'blocked';
  };
  /**
   * Two values (references allowed) that must be equal, e.g. ["{{steps.charge.body.status}}", "succeeded"].
   *
   * @minItems 2
   * @maxItems 2
   */
  equals?: [
    (
      | string
      | number
      | boolean
      | {
          [k: string]: unknown | undefined;
        }
      | unknown[]
      | null
    ),
    (
      | string
      | number
      | boolean
      | {
          [k: string]: unknown | undefined;
        }
      | unknown[]
      | null
    ),
  ];
  /**
   * @minItems 1
   */
  all?: [Predicate, ...Predicate[]];
  /**
   * @minItems 1
   */
  any?: [Predicate, ...Predicate[]];
  not?: Predicate;
}
export interface StepStatus {
  step: StepId;
  /**
   * The exact HTTP status.
   */
  equals?: number;
  /**
   * An inclusive range, e.g. [400, 499].
   *
   * @minItems 2
   * @maxItems 2
   */
  between?: [number, number];
}
/**
 * Prints the redacted request and response of an earlier step, or a value.
 */
export interface DebugStep {
  type: 'debug';
  id?: StepId;
  /**
   * A label for the output.
   */
  label?: string;
  step?: StepId;
  /**
   * A value to print (references allowed).
   */
  value?:
    | string
    | number
    | boolean
    | {
        [k: string]: unknown | undefined;
      }
    | unknown[]
    | null;
}
/**
 * Waits, e.g. to respect a rate limit.
 */
export interface DelayStep {
  type: 'delay';
  id?: StepId;
  /**
   * Milliseconds to wait.
   */
  ms: number;
}
