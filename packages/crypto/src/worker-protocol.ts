// What the Node and the Web Worker KDF runners share: the call and reply messages, the code each
// worker runs per call, and how a reply becomes a result or a typed error on the calling side.
import { IDLE_RELEASE_MS, KEPT_MEMORY_BYTES, unrefTimer, WasmError, WasmPanicError } from '@org/wasm-runtime';

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

/** What a worker runner does with {@link endWhenIdle}'s timer. */
export interface IdleEnd {
  /** After each reply: arms the timer if no call is left and the worker's memory grew large. */
  settled(reply: Reply, callsLeft: number): void;
  /** Before each call: the worker is in use again. */
  cancel(): void;
}

/**
 * Ends a worker whose wasm memory grew past what the runtime keeps (after a large Argon2 or
 * scrypt) once it has had no call for the runtime's idle delay. Ending it is what gives the
 * memory back: WebAssembly memory never shrinks, and an idle worker's engine would not collect
 * a replaced instance. The next call starts a fresh worker.
 */
export function endWhenIdle(end: () => void): IdleEnd {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = (): void => {
    clearTimeout(timer);
    timer = undefined;
  };
  return {
    cancel,
    settled(reply, callsLeft) {
      cancel();
      if (callsLeft > 0 || (reply.memory ?? 0) <= KEPT_MEMORY_BYTES) return;
      timer = setTimeout(() => {
        timer = undefined;
        end();
      }, IDLE_RELEASE_MS);
      unrefTimer(timer);
    },
  };
}
