// Runs KDF calls of one wasm family in a Node worker thread, so that the async variants leave the
// event loop free. Imported only by the Node entries.
import { WasmPanicError } from '@org/wasm-runtime';
import type { OffThread } from './kdf-async.js';
import { endWhenIdle, postCall, replyError, RUN_CALL_SOURCE, type Reply } from './worker-protocol.js';

/** The part of `worker_threads.Worker` used here. */
interface NodeWorker {
  postMessage(value: unknown): void;
  on(event: 'message', listener: (reply: Reply) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  on(event: 'exit', listener: (code: number) => void): void;
  ref(): void;
  unref(): void;
  terminate(): Promise<number>;
}

// The worker loads the family's CommonJS glue (and so its .wasm) itself and runs one export per
// message. A panic may leave the instance unusable, so the worker then exits, and the calls queued
// behind the one that panicked go to a fresh worker.
// Written to run both as CommonJS and as an ES module: a worker inherits the process's flags,
// `--input-type=module` included.
const WORKER_SOURCE = `${RUN_CALL_SOURCE}
Promise.all([import('node:worker_threads'), import('node:module')]).then(([{ parentPort, workerData }, { createRequire }]) => {
  const glue = createRequire(workerData)(workerData);
  parentPort.on('message', (call) => {
    if (__orgRunCall(glue, call, (reply, transfer) => parentPort.postMessage(reply, transfer), glue.wasmMemory)) process.exit(1);
  });
});
`;

/**
 * An {@link OffThread} for the glue at `gluePath`, started at its first call and kept (unref'd, so
 * it never keeps the process alive) for the next ones, or ended when idle after a call grew its
 * memory large (see `endWhenIdle`). `name` prefixes error messages. Where worker threads cannot
 * start, calls run on the calling thread instead.
 */
export function nodeWorker(load: (id: string) => unknown, name: string, gluePath: string): OffThread {
  let worker: NodeWorker | undefined;
  let unavailable = false;
  let nextId = 0;
  const pending = new Map<number, Pending>();
  const idle = endWhenIdle(() => {
    const ending = worker;
    worker = undefined; // its 'exit' is then not a failure
    void ending?.terminate();
  });

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
      if (call) {
        if (reply.ok) call.resolve(reply.ok);
        else call.reject(replyError(name, reply));
      }
      if (reply.kind === 'panic' && worker === started) {
        // It exits now, dropping the calls queued behind this one: they go to a fresh worker, or
        // run on the calling thread if none starts.
        worker = undefined;
        try {
          for (const [id, queued] of pending) post(id, queued);
        } catch {
          unavailable = true;
          for (const queued of pending.values()) queued.resolve(undefined);
          pending.clear();
        }
      }
      if (pending.size === 0) worker?.unref();
      if (worker === started) idle.settled(reply, pending.size);
    });
    started.on('error', (error) => {
      if (worker === started) fail(error);
    });
    started.on('exit', () => {
      if (worker === started) fail(new WasmPanicError(`${name}: the worker thread exited`));
    });
    return started;
  };

  /** Sends a call to the worker, starting one if there is none. */
  const post = (id: number, call: Pending): void => {
    idle.cancel();
    worker ??= start();
    worker.ref();
    postCall(worker, id, call.fn, call.args);
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
      const id = nextId++;
      return new Promise<Uint8Array | undefined>((resolve, reject) => {
        const call = { fn, args, resolve, reject };
        pending.set(id, call);
        try {
          post(id, call);
        } catch {
          // Arguments the worker cannot take (too large to clone): the caller runs the call here.
          pending.delete(id);
          if (pending.size === 0) worker?.unref();
          idle.idle(pending.size);
          resolve(undefined);
        }
      });
    },
  };
}

/** A call sent to the worker and not answered yet, kept whole so that it can be sent again. */
interface Pending {
  readonly fn: string;
  readonly args: readonly unknown[];
  /** With the output, or with undefined to have the caller run the call on its own thread. */
  readonly resolve: (out: Uint8Array | undefined) => void;
  readonly reject: (error: Error) => void;
}
