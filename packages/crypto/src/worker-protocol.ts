// What the Node and the Web Worker KDF runners share: the call and reply messages, the code each
// worker runs per call, and how a reply becomes a result or a typed error on the calling side.
import { WasmError, WasmPanicError } from '@org/wasm-runtime';

/** What a worker answers: the output, or why the call failed. */
export interface Reply {
  readonly id: number;
  readonly ok?: Uint8Array;
  readonly error?: string;
  readonly kind?: 'rejected' | 'panic' | 'other';
  /** The worker's wasm memory in bytes after the call. */
  readonly memory?: number;
}

/**
 * Source of `__orgRunCall(exports, { id, fn, args }, post, memory)`, for the worker sources
 * (prefixed: the Web Worker shares its module scope with the glue): runs one glue export, sorts a
 * failure by the glue's message prefixes, wipes the worker's copies of the arguments, and posts
 * the reply (the output transferred, not copied) with the size of the instance's memory
 * (`memory` is the glue's `wasmMemory`). Returns whether the call panicked, after which the
 * instance may be unusable and the worker ends.
 */
export const RUN_CALL_SOURCE = `
const __orgRunCall = (exports, { id, fn, args }, post, memory) => {
  let reply;
  try {
    reply = { id, ok: exports[fn](...args) };
  } catch (error) {
    const message = String((error && error.message) || error);
    const kind = message.startsWith('rejected input: ') ? 'rejected' : message.startsWith('rust panic: ') || error instanceof WebAssembly.RuntimeError ? 'panic' : 'other';
    reply = { id, error: message.replace(/^(rejected input|rust panic): /, ''), kind };
  }
  for (const arg of args) if (arg instanceof Uint8Array) arg.fill(0);
  if (reply.kind !== 'panic') reply.memory = memory().buffer.byteLength;
  post(reply, reply.ok ? [reply.ok.buffer] : []);
  return reply.kind === 'panic';
};
`;

/** The error a failed reply stands for, its message prefixed with `name`. */
export function replyError(name: string, reply: Reply): Error {
  const message = `${name}: ${reply.error}`;
  if (reply.kind === 'rejected') return new WasmError(message);
  if (reply.kind === 'panic') return new WasmPanicError(message);
  return new Error(message);
}

/**
 * Posts a call to a worker. The byte arguments are `runAsync`'s exact copies (so `postMessage`
 * clones no more than they hold), which it wipes once the call settles.
 */
export function postCall(worker: { postMessage(message: unknown): void }, id: number, fn: string, args: readonly unknown[]): void {
  worker.postMessage({ id, fn, args });
}

/** How long a worker that grew its memory past {@link KEPT_MEMORY_BYTES} stays unused before it is ended. */
export const IDLE_END_MS = 5_000;
/**
 * Wasm memory a worker may keep while idle: room for a 64 MiB derivation (Argon2 at RFC 9106's
 * second recommended setting, OWASP's 19 or 46 MiB, scrypt at N = 2¹⁶, r = 8), so that a server
 * using them does not restart its worker between logins. A worker that grew larger is ended once
 * idle.
 */
export const KEPT_MEMORY_BYTES = 66 * 2 ** 20;

/** What a worker runner does with {@link endWhenIdle}'s timer. */
export interface IdleEnd {
  /** After each reply: notes the worker's memory, and arms the timer if no call is left. */
  settled(reply: Reply, callsLeft: number): void;
  /** When the calls left may have dropped to none without a reply (a call that could not be posted). */
  idle(callsLeft: number): void;
  /** Before each call: the worker is in use again. */
  cancel(): void;
}

/**
 * Ends a worker whose wasm memory grew past {@link KEPT_MEMORY_BYTES} (after a large Argon2 or
 * scrypt) once it has had no call for {@link IDLE_END_MS}. Ending it frees that memory at once:
 * WebAssembly memory never shrinks, and a replaced instance would only be freed by a garbage
 * collection, which an idle thread does not run. The next call starts a fresh worker (about
 * 30 ms in Node); memory in steady use is kept.
 */
export function endWhenIdle(end: () => void): IdleEnd {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let memory = 0;
  const cancel = (): void => {
    clearTimeout(timer);
    timer = undefined;
  };
  const idle = (callsLeft: number): void => {
    cancel();
    if (callsLeft > 0 || memory <= KEPT_MEMORY_BYTES) return;
    timer = setTimeout(() => {
      timer = undefined;
      memory = 0; // the next worker starts small
      end();
    }, IDLE_END_MS);
    // Never keep a Node, Bun or Deno process open for it.
    if (typeof timer === 'object' && timer !== null && 'unref' in timer) (timer as { unref(): void }).unref();
    else (globalThis as { Deno?: { unrefTimer?(id: unknown): void } }).Deno?.unrefTimer?.(timer);
  };
  return {
    cancel,
    idle,
    settled(reply, callsLeft) {
      memory = reply.memory ?? memory;
      idle(callsLeft);
    },
  };
}
