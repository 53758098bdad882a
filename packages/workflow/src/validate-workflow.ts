import { type Connector, formatAjvErrors, type ValidationIssue, validateConfig } from '@convoflow/core';
import { Ajv } from 'ajv';
import type { Predicate, Step, Workflow } from './generated/types.js';
import { validateWorkflowSchema } from './generated/validate.js';
import { jsonShapeProblem } from './json-limits.js';
import { type ReferenceScope, referenceIssues, referencePointers } from './references.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const inputValidators = new WeakMap<object, ReturnType<typeof ajv.compile>>();

function validatorFor(schema: object): ReturnType<typeof ajv.compile> {
  let validate = inputValidators.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    inputValidators.set(schema, validate);
  }
  return validate;
}

/** The step ids a predicate tests. */
export function predicateSteps(predicate: Predicate): string[] {
  const own = [predicate.ok, predicate.failed, predicate.status?.step, predicate.errorKind?.step].filter(
    (id): id is string => typeof id === 'string',
  );
  const nested = [
    ...(predicate.all ?? []),
    ...(predicate.any ?? []),
    ...(predicate.not ? [predicate.not] : []),
  ].flatMap(predicateSteps);
  return [...own, ...nested];
}

/**
 * A connector step's input checked against the operation's schema, with references as placeholders: a problem
 * located at a string that holds a reference is left for the check just before the step runs.
 */
function connectorInputIssues(input: unknown, schema: object, pointer: string): ValidationIssue[] {
  const validate = validatorFor(schema);
  if (validate(input)) return [];
  const placeholders = referencePointers(input);
  return formatAjvErrors(validate.errors ?? [])
    .filter((issue) => !placeholders.some((at) => issue.pointer === at || issue.pointer.startsWith(`${at}/`)))
    .map((issue) => ({
      pointer: `${pointer}${issue.pointer === '/' ? '' : issue.pointer}`,
      message: issue.message,
    }));
}

class WorkflowChecker {
  readonly issues: ValidationIssue[] = [];
  readonly ids = new Set<string>();
  constructor(
    private readonly connectors: Readonly<Record<string, Connector>>,
    private readonly inputFields: ReadonlySet<string> | undefined,
    /** Pointers the schema already found wrong: those steps are not checked further. */
    private readonly schemaPointers: readonly string[] = [],
  ) {}

  /** True when the schema found a problem in this step itself (its branches aside). */
  brokenBySchema(at: string): boolean {
    return this.schemaPointers.some(
      (pointer) =>
        (pointer === at || pointer.startsWith(`${at}/`)) &&
        !pointer.startsWith(`${at}/then/`) &&
        !pointer.startsWith(`${at}/else/`),
    );
  }

  scope(secrets: boolean): ReferenceScope {
    return { earlier: this.ids, inputFields: this.inputFields, secrets };
  }

  steps(steps: readonly Step[], pointer: string): void {
    steps.forEach((step, index) => {
      this.step(step, `${pointer}/${index}`);
    });
  }

  step(step: Step, at: string): void {
    if (step === null || typeof step !== 'object') return;
    if (this.brokenBySchema(at)) {
      // The schema's issues stand for this step; its branches and its id are still checked.
      if (step.type === 'condition') {
        if (Array.isArray(step.then)) this.steps(step.then, `${at}/then`);
        if (Array.isArray(step.else)) this.steps(step.else, `${at}/else`);
      }
      if (typeof step.id === 'string') this.ids.add(step.id);
      return;
    }
    switch (step.type) {
      case 'customApi':
        for (const issue of validateConfig(step.config)) {
          this.issues.push({
            pointer: `${at}/config${issue.pointer === '/' ? '' : issue.pointer}`,
            message: issue.message,
          });
        }
        this.issues.push(...referenceIssues(step.config, `${at}/config`, this.scope(true)));
        break;
      case 'connector': {
        const [connectorId = '', operationId = ''] = step.operation.split('.');
        const connector = Object.hasOwn(this.connectors, connectorId)
          ? this.connectors[connectorId]
          : undefined;
        const operation =
          connector && Object.hasOwn(connector.operations, operationId)
            ? connector.operations[operationId as keyof typeof connector.operations]
            : undefined;
        if (!connector) {
          const known = Object.keys(this.connectors).join(', ') || 'none';
          this.issues.push({
            pointer: `${at}/operation`,
            message: `no installed connector "${connectorId}" (installed: ${known})`,
          });
        } else if (!operation) {
          this.issues.push({
            pointer: `${at}/operation`,
            message: `${connectorId} has no operation "${operationId}" (known: ${Object.keys(connector.operations).join(', ')})`,
          });
        } else {
          this.issues.push(...connectorInputIssues(step.input, operation.inputSchema, `${at}/input`));
          if (step.paginate && !operation.pagination)
            this.issues.push({
              pointer: `${at}/paginate`,
              message: `${step.operation} returns one page (its manifest declares no pagination): remove paginate`,
            });
        }
        this.issues.push(...referenceIssues(step.input, `${at}/input`, this.scope(false)));
        this.issues.push(...referenceIssues(step.headers, `${at}/headers`, this.scope(false)));
        break;
      }
      case 'condition':
        for (const id of predicateSteps(step.if)) {
          if (!this.ids.has(id))
            this.issues.push({
              pointer: `${at}/if`,
              message: `tests step "${id}", which is not an earlier step`,
            });
        }
        this.issues.push(...referenceIssues(step.if, `${at}/if`, this.scope(false)));
        this.steps(step.then, `${at}/then`);
        if (step.else) this.steps(step.else, `${at}/else`);
        break;
      case 'debug':
        if (step.step !== undefined && !this.ids.has(step.step)) {
          this.issues.push({ pointer: `${at}/step`, message: `"${step.step}" is not an earlier step` });
        }
        this.issues.push(...referenceIssues(step.value, `${at}/value`, this.scope(false)));
        break;
      case 'delay':
        break;
    }
    if (step.id !== undefined) {
      if (this.ids.has(step.id))
        this.issues.push({ pointer: `${at}/id`, message: `repeats the step id "${step.id}"` });
      this.ids.add(step.id);
    }
  }
}

/**
 * Checks a whole workflow before anything runs: the schema (every problem, with JSON pointers), unique step ids,
 * references (known roots, earlier steps, input fields declared by the input schema, secrets only in Custom API
 * configs), Custom API configs, connector operations and their inputs (references count as placeholders). Nothing
 * is half-run because step 4 was misspelt.
 */
export function validateWorkflow(
  workflow: unknown,
  options: { connectors?: Readonly<Record<string, Connector>> } = {},
): ValidationIssue[] {
  // Deep or cyclic values would overflow the checks below: refused first, by a walk that cannot overflow.
  const shape = jsonShapeProblem(workflow);
  if (shape) return [shape];
  const schemaIssues = validateWorkflowSchema(workflow)
    ? []
    : formatAjvErrors(validateWorkflowSchema.errors ?? []);
  // Every problem at once: the schema's, then those of each step the schema found no fault with.
  const valid = workflow as Workflow;
  if (valid === null || typeof valid !== 'object' || !Array.isArray(valid.steps)) return schemaIssues;
  const inputBroken = schemaIssues.some((issue) => issue.pointer.startsWith('/input'));
  if (valid.input && !inputBroken) {
    try {
      validatorFor(valid.input);
    } catch (error) {
      return [
        ...schemaIssues,
        { pointer: '/input', message: `is not a usable JSON Schema: ${(error as Error).message}` },
      ];
    }
  }
  const properties = inputBroken
    ? undefined
    : (valid.input as { properties?: Record<string, unknown> } | undefined)?.properties;
  const checker = new WorkflowChecker(
    options.connectors ?? {},
    properties ? new Set(Object.keys(properties)) : undefined,
    schemaIssues.map((issue) => issue.pointer),
  );
  checker.steps(valid.steps, '/steps');
  return [...schemaIssues, ...checker.issues];
}

/** Checks a run input against the workflow's `input` schema. */
export function validateRunInput(workflow: Workflow, input: unknown): ValidationIssue[] {
  if (!workflow.input) return [];
  const validate = validatorFor(workflow.input);
  return validate(input) ? [] : formatAjvErrors(validate.errors ?? []);
}
