import type { CliIO } from './io.js';
import { painter } from './io.js';

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
/** Waits shorter than this show nothing. */
const SHOW_AFTER_MS = 1000;

/**
 * What the user sees while nothing happens: on a TTY, after 1 s, a spinner with the seconds waited (or a countdown
 * for a known wait, such as Retry-After); piped, nothing live (events are printed as lines by the caller).
 */
export function waitIndicator(io: CliIO): {
  wait(text: string, indent: number, untilMs?: number): void;
  clear(): void;
  stop(): void;
} {
  const paint = painter(io);
  const tty = Boolean(io.stdout.isTTY);
  let current: { text: string; indent: number; since: number; until?: number | undefined } | undefined;
  let shown = false;
  let frame = 0;
  const timer = tty
    ? setInterval(() => {
        if (!current) return;
        const now = Date.now();
        const known = current.until !== undefined;
        if (
          known
            ? (current.until as number) - current.since <= SHOW_AFTER_MS
            : now - current.since < SHOW_AFTER_MS
        )
          return;
        const seconds =
          current.until !== undefined
            ? `${Math.max(0, Math.ceil((current.until - now) / 1000))} s left`
            : `${Math.floor((now - current.since) / 1000)} s`;
        const spinner = paint('cyan', FRAMES[frame++ % FRAMES.length] ?? '');
        io.stdout.write(
          `\r\u001b[2K${'  '.repeat(current.indent)}${spinner} ${current.text} ${paint('gray', seconds)}`,
        );
        shown = true;
      }, 100)
    : undefined;
  timer?.unref();
  const clear = () => {
    if (shown) io.stdout.write('\r\u001b[2K');
    shown = false;
    current = undefined;
  };
  return {
    wait: (text, indent, untilMs) => {
      clear();
      current = { text, indent, since: Date.now(), until: untilMs };
    },
    clear,
    stop: () => {
      clear();
      if (timer) clearInterval(timer);
    },
  };
}
