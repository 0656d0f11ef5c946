/**
 * Gives back the memory a module grew for one large computation (Argon2 or scrypt with a large
 * memory cost) once the module has been idle for a while. WebAssembly memory never shrinks: the
 * only way to free it is a fresh instance, which costs the next large call its page faults again,
 * so memory in steady use is kept.
 */
import type { GlueBase, WasmModule } from './module.js';

/** How long a module stays unused before the memory it grew is given back. */
export const IDLE_RELEASE_MS = 5_000;
/** Linear memory a module may keep while idle; a larger one is given back. */
export const KEPT_MEMORY_BYTES = 16 * 2 ** 20;

const timers = new WeakMap<WasmModule<GlueBase>, ReturnType<typeof setTimeout>>();

/**
 * Call after each use of a module that keeps nothing between calls: once it has gone unused for
 * {@link IDLE_RELEASE_MS}, a memory larger than {@link KEPT_MEMORY_BYTES} is released
 * ({@link WasmModule.releaseMemory}).
 */
export function releaseWhenIdle(module: WasmModule<GlueBase>): void {
  clearTimeout(timers.get(module));
  timers.delete(module);
  let bytes: number;
  try {
    bytes = module.memory().buffer.byteLength;
  } catch {
    return; // not usable now (e.g. it could not recover from a panic): nothing to release
  }
  if (bytes <= KEPT_MEMORY_BYTES) return;
  const timer = setTimeout(() => {
    timers.delete(module);
    module.releaseMemory(KEPT_MEMORY_BYTES);
  }, IDLE_RELEASE_MS);
  unrefTimer(timer);
  timers.set(module, timer);
}

/** Keeps a pending timer from holding a Node, Bun or Deno process open. */
export function unrefTimer(timer: ReturnType<typeof setTimeout>): void {
  if (typeof timer === 'object' && timer !== null && 'unref' in timer) (timer as { unref(): void }).unref();
  else (globalThis as { Deno?: { unrefTimer?(id: unknown): void } }).Deno?.unrefTimer?.(timer);
}
