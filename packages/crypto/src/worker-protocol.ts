// What the Node and the Web Worker KDF runners share: the call and reply messages, the code each
// worker runs per call, and how a reply becomes a result or a typed error on the calling side.
import { WasmError, WasmPanicError } from '@org/wasm-runtime';

/** What a worker answers: the output, or why the call failed. */
export interface Reply {
  readonly id: number;
  readonly ok?: Uint8Array;
  readonly error?: string;
  readonly kind?: 'rejected' | 'panic' | 'other';
}

/**
 * Source of `__orgRunCall(exports, { id, fn, args }, post)`, for the worker sources (prefixed: the
 * Web Worker shares its module scope with the glue): runs one glue
 * export, sorts a failure by the glue's message prefixes, wipes the worker's copies of the
 * arguments, and posts the reply (the output transferred, not copied). Returns whether the call
 * panicked, after which the instance may be unusable and the worker ends.
 */
export const RUN_CALL_SOURCE = `
const __orgRunCall = (exports, { id, fn, args }, post) => {
  let reply;
  try {
    reply = { id, ok: exports[fn](...args) };
  } catch (error) {
    const message = String((error && error.message) || error);
    const kind = message.startsWith('rejected input: ') ? 'rejected' : message.startsWith('rust panic: ') || error instanceof WebAssembly.RuntimeError ? 'panic' : 'other';
    reply = { id, error: message.replace(/^(rejected input|rust panic): /, ''), kind };
  }
  for (const arg of args) if (arg instanceof Uint8Array) arg.fill(0);
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
