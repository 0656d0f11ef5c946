// How the KDFs run: validated arguments for one raw wasm export, called on this thread, or for
// the async variants off it where the entry provides a worker (Node), reporting progress.
import { describe, ownBytes, type Bytes, type GlueBase, type ModuleSlot } from '@org/wasm-runtime';
import { familyOf } from './binding.js';
import { copyOf } from './copy.js';
import { yieldToEventLoop } from './event-loop.js';

/**
 * Options every async KDF variant takes. The async variants run in a worker: under Node a worker
 * thread per family (started on first use, never keeping the process alive), in browsers a module
 * Web Worker per family (started from the module `init()` compiled). Where no worker can start
 * (no Worker, or a CSP without `worker-src blob:`), they run on the calling thread after one
 * yield to the event loop.
 *
 * @example
 * ```ts
 * import { argon2idAsync } from '@org/wasm-crypto/argon2';
 * await argon2idAsync('pw', salt, { t: 2, m: 19456, p: 1, onProgress: (f) => console.log(f) });
 * ```
 */
export interface AsyncKdfOptions {
  /**
   * Called with a fraction from 0 to 1: at 0 before the work starts and at 1 when it is done.
   * The derivation is one WebAssembly call (the crates have no incremental API), so there are no
   * steps in between.
   */
  onProgress?: (progress: number) => void;
  /**
   * Accepted for code written against `@noble/hashes` (where it sets how long its async loops run
   * between yields, in ms) and ignored: here the work runs in a worker, not in slices.
   */
  asyncTick?: number;
}

/** Runs raw wasm exports of one family on another thread. */
export interface OffThread {
  /**
   * Calls export `fn` with `args` (numbers and byte arrays: exact copies, which the caller wipes
   * once the call settles) and resolves with its output, or with undefined if no worker can run
   * here (the caller then runs the call itself). `caller` is the slot the call would run on here:
   * whichever bundle of the package registered this runner, a Web Worker starts from the module
   * that slot compiled.
   */
  run(fn: string, args: readonly unknown[], caller: ModuleSlot<GlueBase>): Promise<Uint8Array | undefined>;
}

/** The families whose KDFs have async variants. */
export type KdfFamily = 'sha2' | 'sha3' | 'sha3_addons' | 'blake2' | 'blake3' | 'legacy' | 'legacy_extra' | 'argon2' | 'scrypt' | 'bcrypt';

/**
 * Workers by family, registered by the entries: Node worker threads, or module Web Workers in
 * browsers (the workerd entries register none, so async work runs there after a yield). Shared by
 * every copy of this file in a realm, so that `pbkdf2Async` from the `pbkdf2` subpath finds the
 * worker that the `sha2` subpath's entry registered.
 */
export const offThread: Partial<Record<KdfFamily, OffThread>> = ((globalThis as Record<symbol, unknown>)[
  Symbol.for('@org/wasm-crypto/off-thread')
] ??= {}) as Partial<Record<KdfFamily, OffThread>>;

/** An {@link OffThread} made on first use, so that its code loads only when a KDF runs async. */
export function lazyOffThread(make: () => Promise<OffThread>): OffThread {
  let made: Promise<OffThread> | undefined;
  return { run: async (fn, args, caller) => (await (made ??= make())).run(fn, args, caller) };
}

/** One KDF computation, ready to run. */
export interface KdfCall<Args extends readonly unknown[] = readonly unknown[]> {
  readonly family: KdfFamily;
  /** The module slot that computes it on this thread. */
  readonly slot: ModuleSlot<GlueBase>;
  /** The raw export of the family's wasm module. */
  readonly fn: string;
  /** Its arguments, already validated (byte arrays may be the caller's own). */
  readonly args: Args;
  /** Calls the export on this thread with these arguments. */
  readonly invoke: (args: Args) => Uint8Array;
  /** Copies of secrets this package made (from strings), wiped once the call is done. */
  readonly owned: readonly Uint8Array[];
}

/** A {@link KdfCall} whose `invoke` is typed by its arguments' exact shape. */
export function kdfCall<G extends GlueBase, Args extends readonly unknown[]>(
  slot: ModuleSlot<G>,
  fn: string,
  args: Args,
  owned: readonly Uint8Array[],
  invoke: (glue: G, args: Args) => Uint8Array,
): KdfCall {
  const family = familyOf(slot) as KdfFamily;
  // `invoke` only ever receives `args` or a copy with the same shape (see runAsync).
  const run = (a: Args): Uint8Array => slot.get().call((glue) => invoke(glue, a));
  return { family, slot, fn, args, owned, invoke: run as unknown as (args: readonly unknown[]) => Uint8Array };
}

const wipe = (arrays: readonly unknown[]): void => {
  for (const bytes of arrays) if (bytes instanceof Uint8Array) bytes.fill(0);
};

/** Runs `call` on this thread, reporting progress 0 and 1 if asked (as noble's sync KDFs do). */
export function runSync<Args extends readonly unknown[]>(call: KdfCall<Args>, options?: AsyncKdfOptions): Bytes {
  try {
    const onProgress = progressOf(options);
    onProgress?.(0);
    const out = call.invoke(call.args);
    onProgress?.(1);
    return ownBytes(out);
  } finally {
    wipe(call.owned);
  }
}

function progressOf(options: AsyncKdfOptions | undefined): ((progress: number) => void) | undefined {
  const onProgress = options?.onProgress;
  if (onProgress !== undefined && typeof onProgress !== 'function') throw new TypeError(`onProgress must be a function; got ${describe(onProgress)}`);
  return onProgress;
}

/**
 * Runs `call` off this thread where a worker is registered, else after a yield on this thread;
 * reports progress 0 and 1. The byte arrays are copied before anything else happens, as the
 * synchronous functions read them at once: a caller may wipe its password right after the call.
 */
export async function runAsync<Args extends readonly unknown[]>(call: KdfCall<Args>, options: AsyncKdfOptions | undefined): Promise<Bytes> {
  const copies = call.args.map((arg) => (arg instanceof Uint8Array ? copyOf(arg) : arg)) as unknown as Args;
  wipe(call.owned); // copied: our own string encodings are no longer needed
  try {
    const onProgress = progressOf(options);
    onProgress?.(0);
    let out = await offThread[call.family]?.run(call.fn, copies, call.slot);
    if (!out) {
      await yieldToEventLoop();
      out = call.invoke(copies);
    }
    onProgress?.(1);
    return ownBytes(out);
  } finally {
    wipe(copies);
  }
}
