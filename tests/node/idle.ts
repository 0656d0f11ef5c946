// Runs a script in a child process whose setTimeout holds back the packages' idle timers (see
// tests/shared/hold-idle-timers.mjs), so that the script fires them when it chooses
// (`fireIdle()`) instead of waiting. The script prints one JSON line: its result.
import { execFileSync } from 'node:child_process';
import { holdIdleTimers } from '../shared/hold-idle-timers.mjs';

const PRELUDE = `
  const { idle, fireIdle, realSetTimeout } = (${holdIdleTimers.toString()})(globalThis);
  const same = (a, b) => Buffer.from(a).equals(Buffer.from(b));
  const MiB = 2 ** 20;
`;

export function runHoldingIdleTimers(script: string): Record<string, unknown> {
  const out = execFileSync(process.execPath, ['-e', PRELUDE + script], { encoding: 'utf8', timeout: 60_000 });
  return JSON.parse(out) as Record<string, unknown>;
}
