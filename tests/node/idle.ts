// Runs a script in a child process whose setTimeout holds back the packages' idle timers (delays
// of a second or more), so that a test fires them when it chooses (`fireIdle()`) instead of
// waiting. The script prints one JSON line: its result.
import { execFileSync } from 'node:child_process';

const HOLD_IDLE_TIMERS = `
  const idle = [];
  const realSetTimeout = globalThis.setTimeout;
  const realClearTimeout = globalThis.clearTimeout;
  globalThis.setTimeout = (fn, ms, ...args) => {
    if (!(ms >= 1000)) return realSetTimeout(fn, ms, ...args);
    const timer = { fire: () => fn(...args), unref: () => timer, ref: () => timer, hasRef: () => false };
    idle.push(timer);
    return timer;
  };
  globalThis.clearTimeout = (timer) => {
    const at = idle.indexOf(timer);
    if (at >= 0) idle.splice(at, 1);
    else realClearTimeout(timer);
  };
  const fireIdle = () => idle.splice(0).forEach((timer) => timer.fire());
  const same = (a, b) => Buffer.from(a).equals(Buffer.from(b));
  const MiB = 2 ** 20;
`;

export function runHoldingIdleTimers(script: string): Record<string, unknown> {
  const out = execFileSync(process.execPath, ['-e', HOLD_IDLE_TIMERS + script], { encoding: 'utf8', timeout: 60_000 });
  return JSON.parse(out) as Record<string, unknown>;
}

