/** Issue 11, item 14: on a TTY a wait over a second shows a live countdown or elapsed time; piped, nothing live. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { waitIndicator } from '../src/wait-indicator.js';

function terminal(isTTY: boolean) {
  const written: string[] = [];
  return {
    written,
    io: {
      stdout: { isTTY, write: (text: string) => written.push(text) },
      stderr: { write: () => true },
      env: { NO_COLOR: '1' },
      cwd: '.',
    },
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('waitIndicator', () => {
  it('counts down a known 3 s wait (Retry-After) on a TTY', () => {
    vi.useFakeTimers();
    const { written, io } = terminal(true);
    const wait = waitIndicator(io);
    wait.wait('stripe.retrieveCustomer: waiting to retry', 0, Date.now() + 3000);
    vi.advanceTimersByTime(150);
    expect(written.at(-1)).toContain('waiting to retry 3 s left');
    vi.advanceTimersByTime(1000);
    expect(written.at(-1)).toContain('2 s left');
    wait.stop();
  });

  it('shows the seconds waited for a slow response only after 1 s', () => {
    vi.useFakeTimers();
    const { written, io } = terminal(true);
    const wait = waitIndicator(io);
    wait.wait('charge …', 1);
    vi.advanceTimersByTime(900);
    expect(written).toEqual([]);
    vi.advanceTimersByTime(1200);
    expect(written.at(-1)).toMatch(/charge … 2 s$/);
    wait.stop();
  });

  it('writes nothing live when the output is piped', () => {
    vi.useFakeTimers();
    const { written, io } = terminal(false);
    const wait = waitIndicator(io);
    wait.wait('charge …', 1, Date.now() + 5000);
    vi.advanceTimersByTime(5000);
    expect(written).toEqual([]);
    wait.stop();
  });
});
