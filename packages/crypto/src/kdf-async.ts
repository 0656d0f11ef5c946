// What the async KDF variants share: options for progress and the event-loop yield.
import { describe } from '@org/wasm-runtime';

/** Options every async KDF variant takes. */
export interface AsyncKdfOptions {
  /**
   * Called with a fraction from 0 to 1: at 0 before the work starts and at 1 when it is done.
   * The computation itself runs in one WebAssembly call, so there are no steps in between.
   */
  onProgress?: (progress: number) => void;
}

/** Yields to the event loop (a macrotask), so pending I/O and rendering run first. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `work` after a yield, reporting progress 0 and 1 to `onProgress`. */
export async function runAsync<T>(options: AsyncKdfOptions | undefined, work: () => T): Promise<T> {
  const onProgress = options?.onProgress;
  if (onProgress !== undefined && typeof onProgress !== 'function') throw new TypeError(`onProgress must be a function; got ${describe(onProgress)}`);
  onProgress?.(0);
  await yieldToEventLoop();
  const result = work();
  onProgress?.(1);
  return result;
}
