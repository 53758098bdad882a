import type { StepRecord, WorkflowEvent } from '@convoflow/workflow';
import { type CliIO, painter, toJson } from './io.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

function label(record: { id?: string; type: string; operation?: string }): string {
  if (record.type === 'connector') return `${record.id ?? ''}  ${record.operation ?? ''}`;
  if (record.type === 'customApi') return `${record.id ?? ''}  custom API`;
  return record.id ? `${record.id}  ${record.type}` : record.type;
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
  ].filter(Boolean);
  const error = record.error
    ? `  ${paint(record.handled ? 'yellow' : 'red', `${record.error.kind}: ${record.error.message}${record.handled ? ' (handled)' : ''}`)}`
    : '';
  return `${parts.join('   ')}${error}`;
}

/**
 * The live trace of `convoflow run`: a spinner while a step waits (on a TTY), then one line per step; retries are
 * shown as they happen; debug steps print the redacted request and response.
 */
export function liveTrace(io: CliIO): { onEvent: (event: WorkflowEvent) => void; stop: () => void } {
  const paint = painter(io);
  const tty = Boolean(io.stdout.isTTY);
  let pending: { text: string; depth: number } | undefined;
  let frame = 0;
  const timer = tty
    ? setInterval(() => {
        if (pending)
          io.stdout.write(
            `\r${'  '.repeat(pending.depth + 1)}${paint('cyan', FRAMES[frame++ % FRAMES.length] ?? '')} ${pending.text}`,
          );
      }, 80)
    : undefined;
  timer?.unref();
  const clear = () => {
    if (tty && pending) io.stdout.write('\r\u001b[2K');
    pending = undefined;
  };
  return {
    onEvent: (event) => {
      if (event.type === 'step-start') {
        if (event.step.type === 'connector' || event.step.type === 'customApi')
          pending = { text: `${label(event.step)} …`, depth: event.depth };
      } else if (event.type === 'node' && event.event.type === 'retry') {
        clear();
        io.stdout.write(
          `${'  '.repeat(2)}${paint('yellow', `↻ ${event.stepId}: retrying in ${event.event.waitMs} ms (${event.event.reason})`)}\n`,
        );
      } else if (event.type === 'step-end') {
        clear();
        const indent = '  '.repeat(event.depth + 1);
        io.stdout.write(`${indent}${describeStep(event.record, paint)}\n`);
        if (event.record.debug) {
          const body = toJson(event.record.debug.value)
            .split('\n')
            .map((line) => `${indent}  ${line}`)
            .join('\n');
          io.stdout.write(`${paint('gray', body)}\n`);
        }
      }
    },
    stop: () => {
      clear();
      if (timer) clearInterval(timer);
    },
  };
}
