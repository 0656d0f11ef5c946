// Types for chromium.mjs, which stays plain JS so the matrix (plain Node) can use it too.
import type { BrowserContext } from 'playwright-core';

export interface LaunchedBrowser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** CHROMIUM_PATH, else a system Chromium/Chrome, else Playwright's own download; throws if none. */
export declare function findChromium(): string;

/** Launches headless Chromium with a fresh, throwaway profile (user data dir). */
export declare function launchChromium(): Promise<LaunchedBrowser>;
