// Runs KDF calls of one wasm family in a module Web Worker, so that the async variants leave the
// page responsive. The worker runs the family's wasm-bindgen glue (its source text, loaded only
// when first needed) on the module the page already compiled. Where a worker cannot start (no
// Worker, or a CSP without `worker-src blob:`), calls run on the calling thread.
import { WasmPanicError, type GlueBase, type ModuleSlot } from '@org/wasm-runtime';
import type { OffThread } from './kdf-async.js';
import { endWhenIdle, postCall, replyError, RUN_CALL_SOURCE, type Reply } from './worker-protocol.js';

// Appended to the glue's source, in the same module scope: `initSync` and the KDF exports are the
// glue's own functions. `typeof` keeps the lookup safe for exports another family does not have.
// After a panic the worker closes itself.
const HANDLER = `${RUN_CALL_SOURCE}
const __orgKdfExports = {
  argon2: typeof argon2 === 'function' ? argon2 : undefined,
  scrypt: typeof scrypt === 'function' ? scrypt : undefined,
  bcrypt: typeof bcrypt === 'function' ? bcrypt : undefined,
  pbkdf2: typeof pbkdf2 === 'function' ? pbkdf2 : undefined,
};
self.onmessage = ({ data }) => {
  if (data.module) { initSync({ module: data.module }); self.postMessage({ started: true }); return; }
  if (__orgRunCall(__orgKdfExports, data, (reply, transfer) => self.postMessage(reply, transfer), wasmMemory)) self.close();
};
`;

/**
 * The module compiled for `slot` on this thread; an inline entry compiles its own now, as its first
 * synchronous use would. Undefined where the module is not loaded (a web entry before `init()`).
 */
function compiledModule(slot: ModuleSlot<GlueBase>): WebAssembly.Module | undefined {
  const module = slot.get();
  if (!module.ready) {
    try {
      module.call(() => undefined); // loads an inline entry's embedded build; refused elsewhere
    } catch {
      return undefined;
    }
  }
  return module.compiledModule;
}

/** An {@link OffThread} for the family in `slot`, whose glue source `loadSource` imports. */
export function webWorker(slot: ModuleSlot<GlueBase>, loadSource: () => Promise<{ default: string }>): OffThread {
  let worker: Promise<Worker | undefined> | undefined;
  let nextId = 0;
  const pending = new Map<number, { resolve: (out: Uint8Array | undefined) => void; reject: (error: Error) => void }>();

  const settleAll = (outcome: Error | undefined): void => {
    for (const { resolve, reject } of pending.values()) {
      if (outcome) reject(outcome);
      else resolve(undefined); // the caller runs it itself
    }
    pending.clear();
    worker = undefined;
  };
  const idle = endWhenIdle(() => {
    const ending = worker;
    worker = undefined;
    void ending?.then((started) => started?.terminate());
  });

  /** Starts the worker and waits until it has instantiated the module; undefined if it cannot. */
  const start = async (module: WebAssembly.Module): Promise<Worker | undefined> => {
    if (typeof Worker === 'undefined' || typeof Blob === 'undefined') return undefined;
    let glue: string;
    try {
      glue = (await loadSource()).default;
    } catch {
      return undefined; // e.g. the chunk could not be fetched: stay on this thread
    }
    const url = URL.createObjectURL(new Blob([glue, HANDLER], { type: 'text/javascript' }));
    try {
      const started = new Worker(url, { type: 'module' });
      const ready = await new Promise<boolean>((resolve) => {
        started.onmessage = ({ data }: MessageEvent<{ started?: boolean }>) => resolve(data.started === true);
        started.onerror = () => resolve(false); // e.g. refused by the page's CSP
        started.postMessage({ module });
      });
      if (!ready) {
        started.terminate();
        return undefined;
      }
      started.onmessage = ({ data }: MessageEvent<Reply>) => {
        const call = pending.get(data.id);
        pending.delete(data.id);
        if (!call) return;
        if (data.ok) call.resolve(data.ok);
        else call.reject(replyError(slot.name, data));
        if (data.kind === 'panic') {
          // It closed itself, dropping any queued calls: those run on this thread instead, and
          // the next call starts a fresh worker.
          started.terminate();
          settleAll(undefined);
        } else {
          idle.settled(data, pending.size);
        }
      };
      started.onerror = () => {
        started.terminate();
        settleAll(new WasmPanicError(`${slot.name}: the worker failed`));
      };
      return started;
    } catch {
      return undefined;
    } finally {
      URL.revokeObjectURL(url);
    }
  };

  return {
    async run(fn, args, caller) {
      idle.cancel();
      const module = compiledModule(caller) ?? compiledModule(slot);
      if (!module) return undefined;
      worker ??= start(module);
      const started = await worker;
      if (!started) {
        worker = Promise.resolve(undefined); // stay on this thread from now on
        return undefined;
      }
      const id = nextId++;
      const result = new Promise<Uint8Array | undefined>((resolve, reject) => pending.set(id, { resolve, reject }));
      try {
        postCall(started, id, fn, args);
      } catch {
        pending.delete(id); // arguments the browser cannot clone (about 2 GiB): run them here
        idle.idle(pending.size);
        return undefined;
      }
      return result;
    },
  };
}
