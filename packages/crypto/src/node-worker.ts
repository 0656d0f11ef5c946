// Runs KDF calls of one wasm family in a Node worker thread, so that the async variants leave the
// event loop free. Imported only by the Node entries.
import { WasmError, WasmPanicError } from '@org/wasm-runtime';
import type { OffThread } from './kdf-async.js';

/** What the worker answers: the output, or why the call failed. */
interface Reply {
  readonly id: number;
  readonly ok?: Uint8Array;
  readonly error?: string;
  readonly kind?: 'rejected' | 'panic' | 'other';
}

/** The part of `worker_threads.Worker` used here. */
interface NodeWorker {
  postMessage(value: unknown): void;
  on(event: 'message', listener: (reply: Reply) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  on(event: 'exit', listener: (code: number) => void): void;
  ref(): void;
  unref(): void;
}

// The worker loads the family's CommonJS glue (and so its .wasm) itself, runs one export per
// message, wipes its copies of the arguments, and sends the output back (transferred, not copied).
// A panic may leave the instance unusable, so the worker then exits and the next call starts a
// fresh one.
// Written to run both as CommonJS and as an ES module: a worker inherits the process's flags,
// `--input-type=module` included.
const WORKER_SOURCE = `
Promise.all([import('node:worker_threads'), import('node:module')]).then(([{ parentPort, workerData }, { createRequire }]) => {
const glue = createRequire(workerData)(workerData);
parentPort.on('message', ({ id, fn, args }) => {
  let reply;
  try {
    reply = { id, ok: glue[fn](...args) };
  } catch (error) {
    const message = String((error && error.message) || error);
    const kind = message.startsWith('rejected input: ') ? 'rejected' : message.startsWith('rust panic: ') || error instanceof WebAssembly.RuntimeError ? 'panic' : 'other';
    reply = { id, error: message.replace(/^(rejected input|rust panic): /, ''), kind };
  }
  for (const arg of args) if (arg instanceof Uint8Array) arg.fill(0);
  parentPort.postMessage(reply, reply.ok ? [reply.ok.buffer] : []);
  if (reply.kind === 'panic') process.exit(1);
});
});
`;

/**
 * An {@link OffThread} for the glue at `gluePath`, started at its first call and kept (unref'd, so
 * it never keeps the process alive) for the next ones. `name` prefixes error messages. Where
 * worker threads cannot start, calls run on the calling thread instead.
 */
export function nodeWorker(load: (id: string) => unknown, name: string, gluePath: string): OffThread {
  let worker: NodeWorker | undefined;
  let unavailable = false;
  let nextId = 0;
  const pending = new Map<number, { resolve: (out: Uint8Array) => void; reject: (error: Error) => void }>();

  const fail = (error: Error): void => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
    worker = undefined;
  };

  const start = (): NodeWorker => {
    const { Worker } = load('node:worker_threads') as { Worker: new (source: string, options: object) => NodeWorker };
    const started = new Worker(WORKER_SOURCE, { eval: true, workerData: gluePath });
    started.on('message', (reply) => {
      const call = pending.get(reply.id);
      pending.delete(reply.id);
      if (pending.size === 0) started.unref();
      if (!call) return;
      if (reply.ok) call.resolve(reply.ok);
      else if (reply.kind === 'rejected') call.reject(new WasmError(`${name}: ${reply.error}`));
      else if (reply.kind === 'panic') call.reject(new WasmPanicError(`${name}: ${reply.error}`));
      else call.reject(new Error(`${name}: ${reply.error}`));
    });
    started.on('error', (error) => fail(error));
    started.on('exit', () => {
      if (worker === started) fail(new WasmPanicError(`${name}: the worker thread exited`));
    });
    return started;
  };

  return {
    async run(fn, args) {
      if (unavailable) return undefined;
      try {
        worker ??= start();
      } catch {
        unavailable = true; // e.g. a runtime without worker_threads
        return undefined;
      }
      worker.ref();
      const id = nextId++;
      const result = new Promise<Uint8Array>((resolve, reject) => pending.set(id, { resolve, reject }));
      // Exact copies: posting a view would clone its whole underlying buffer. postMessage clones
      // synchronously, so the copies can be wiped right after.
      const copies = args.map((arg) => (arg instanceof Uint8Array ? arg.slice() : arg));
      worker.postMessage({ id, fn, args: copies });
      for (const copy of copies) if (copy instanceof Uint8Array) copy.fill(0);
      return result;
    },
  };
}
