// Yielding to the event loop, for the async KDFs that run on the calling thread (full and lite).

/** Yields to the event loop (a macrotask), so pending I/O and rendering run first. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
