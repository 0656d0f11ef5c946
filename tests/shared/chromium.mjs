// Finds and launches a Chromium for browser tests. No browser is a failure, never a skip:
// a silently skipped browser test would hide a broken web build.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { chromium } from 'playwright-core';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome'];

function onPath(name) {
  const dirs = ['/usr/bin', ...(process.env.PATH ?? '').split(delimiter)];
  return dirs.map((dir) => join(dir, name)).find((file) => existsSync(file));
}

/** CHROMIUM_PATH, else a system Chromium/Chrome, else Playwright's own download. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  for (const name of CANDIDATES) {
    const found = onPath(name);
    if (found) return found;
  }
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return bundled;
  throw new Error(
    `No Chromium found: set CHROMIUM_PATH, or install chromium (${CANDIDATES.join(', ')}) on PATH, ` +
      'or run `pnpm exec playwright-core install chromium`.',
  );
}

/** Launches headless Chromium with a fresh, throwaway profile (user data dir). */
export async function launchChromium() {
  const executablePath = findChromium();
  // Playwright rejects --user-data-dir in args; a persistent context is how to pass our own.
  const profile = await mkdtemp(join(tmpdir(), 'wasm-browser-profile-'));
  try {
    const context = await chromium.launchPersistentContext(profile, { executablePath, headless: true, args: ARGS });
    return {
      context,
      close: async () => {
        await context.close();
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw new Error(`Could not launch Chromium at ${executablePath}: ${String(error)}`, { cause: error });
  }
}
