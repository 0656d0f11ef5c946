/** The `init`, `initSync` and `wasmInfo` functions every package exports, bound to its module. */
import type { GlueBase, InitOptions, WasmVariant } from './module.js';
import type { ModuleSlot } from './slot.js';
import type { InitInput, SyncInitInput } from './source.js';

/**
 * What `wasmInfo()` reports.
 *
 * @example
 * ```ts
 * const info: WasmInfo = wasmInfo();
 * if (info.ready) console.log(`${info.variant} build, ${info.heapBytes} bytes on the heap`);
 * ```
 */
export interface WasmInfo {
  /** True once the module can be used: loaded, or (in Node) compiled at its first use. */
  readonly ready: boolean;
  /**
   * The build in use: `simd`, `baseline`, or `custom` when you passed your own source; undefined
   * before it is loaded (in Node, before the first call that uses it).
   */
  readonly variant: WasmVariant | undefined;
  /** Bytes currently allocated on the Rust heap (flat across calls when nothing leaks). */
  readonly heapBytes: number;
  /** Size of the wasm linear memory in bytes. */
  readonly memoryBytes: number;
}

export function lifecycle<G extends GlueBase>(slot: ModuleSlot<G>) {
  return {
    // A Node module compiles at its first use (synchronously): init() has nothing to wait for, and
    // must not compile what the program may never call.
    init: async (source?: InitInput, options?: InitOptions): Promise<void> => {
      if (source === undefined && slot.deferred) return;
      await slot.get().init(source, options);
    },
    initSync: (source?: SyncInitInput, options?: InitOptions): void => {
      if (source === undefined && slot.deferred) return;
      slot.get().initSync(source, options);
    },
    wasmInfo: (): WasmInfo => {
      if (slot.deferred) return { ready: true, variant: undefined, heapBytes: 0, memoryBytes: 0 };
      const module = slot.get();
      if (!module.ready) return { ready: false, variant: undefined, heapBytes: 0, memoryBytes: 0 };
      // Memory first: its first call allocates wasm-bindgen's externref slab, which the heap
      // count should already include, so that the very first report is comparable to later ones.
      const memoryBytes = module.memory().buffer.byteLength;
      return { ready: true, variant: module.variant, heapBytes: module.call((glue) => glue.heapLiveBytes()), memoryBytes };
    },
    debugPanic: (message: string): void => slot.get().call((glue) => glue.debugPanic(message)),
  };
}
