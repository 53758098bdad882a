import { logEvents, maskSensitiveFields, type NodeEvent } from '@convoflow/core';
import type { StepRecord, WorkflowEvent } from '@convoflow/workflow';
import { type CliIO, painter, toJson } from './io.js';
import { waitIndicator } from './wait-indicator.js';

/** What a line names: the step id and its operation (`charge  stripe.createPaymentIntent`), or a call's operation. */
function label(record: { id?: string; type: string; operation?: string }): string {
  const what = record.operation ?? (record.type === 'customApi' ? 'custom API' : record.type);
  return record.id ? `${record.id}  ${what}` : what;
}

/** One line per finished step: status, duration, attempts, provider request id (or the error). */
export function describeStep(record: StepRecord, paint: ReturnType<typeof painter>): string {
  if (record.type === 'condition') return `${paint('cyan', '◆')} condition → ${record.branch}`;
  if (record.type === 'delay') return `${paint('gray', '◷')} delay ${record.durationMs} ms`;
  if (record.type === 'debug') return `${paint('magenta', '◎')} debug: ${record.debug?.label ?? ''}`;
  const mark = record.ok ? paint('green', '✓') : record.handled ? paint('yellow', '✗') : paint('red', '✗');
  const parts = [
    `${mark} ${label(record)}`,
    record.status !== undefined ? String(record.status) : '',
    `${record.durationMs} ms`,
    `${record.attempts} attempt${record.attempts === 1 ? '' : 's'}`,
    record.requestId ? paint('gray', record.requestId) : '',
    record.pagination
      ? `${record.pagination.items} items from ${record.pagination.pages} page${record.pagination.pages === 1 ? '' : 's'}${record.pagination.capped ? ' (capped)' : ''}`
      : '',
  ].filter(Boolean);
  const error = record.error
    ? `  ${paint(record.handled ? 'yellow' : 'red', `${record.error.kind}: ${record.error.message}${record.handled ? ' (handled)' : ''}`)}`
    : '';
  return `${parts.join('   ')}${error}`;
}

/**
 * The events of one call as the user sees them: a retry is a line (and a countdown on a TTY), a slow response a
 * spinner with the seconds waited; with --verbose every request and response is a line too.
 */
export function nodeTrace(
  io: CliIO,
  options: { verbose: boolean; indent: number },
): { onEvent: (event: NodeEvent, text: string) => void; wait: ReturnType<typeof waitIndicator> } {
  const paint = painter(io);
  const wait = waitIndicator(io);
  const pad = '  '.repeat(options.indent);
  const line = (text: string) => {
    wait.clear();
    io.stdout.write(`${pad}${text}\n`);
  };
  const verbose = logEvents({
    info: (text) => line(paint('gray', text)),
    warn: (text) => line(paint('gray', text)),
  });
  return {
    wait,
    onEvent: (event, text) => {
      if (options.verbose && event.type !== 'retry') verbose(event);
      if (event.type === 'request') wait.wait(`${text} …`, options.indent);
      if (event.type === 'retry') {
        line(
          paint('yellow', `↻ ${text}: retrying in ${(event.waitMs / 1000).toFixed(1)} s (${event.reason})`),
        );
        wait.wait(`${text}: waiting to retry`, options.indent, Date.now() + event.waitMs);
      }
    },
  };
}

/**
 * The live trace of `convoflow run`: one line per step, retries as they happen, a spinner or countdown on a TTY
 * while a step waits; debug steps print the redacted request and response, sensitive fields masked.
 */
export function liveTrace(
  io: CliIO,
  options: { verbose: boolean; sensitive: readonly string[] },
): { onEvent: (event: WorkflowEvent) => void; stop: () => void } {
  const paint = painter(io);
  const node = nodeTrace(io, { verbose: options.verbose, indent: 2 });
  return {
    onEvent: (event) => {
      if (event.type === 'node') node.onEvent(event.event, event.stepId);
      else if (event.type === 'step-end') {
        node.wait.clear();
        const indent = '  '.repeat(event.depth + 1);
        io.stdout.write(`${indent}${describeStep(event.record, paint)}\n`);
        if (event.record.debug) {
          const body = toJson(maskSensitiveFields(event.record.debug.value, options.sensitive))
            .split('\n')
            .map((text) => `${indent}  ${text}`)
            .join('\n');
          io.stdout.write(`${paint('gray', body)}\n`);
        }
      }
    },
    stop: () => node.wait.stop(),
  };
}
