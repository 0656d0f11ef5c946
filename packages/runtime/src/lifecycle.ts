/** The `init`, `initSync` and `wasmInfo` functions every package exports, bound to its module. */
import type { GlueBase, InitOptions, WasmVariant } from './module.js';
import type { ModuleSlot } from './slot.js';
import type { InitInput, SyncInitInput } from './source.js';

/**
 * What `wasmInfo()` reports.
 *
 * @example
 * ```ts
 * import { wasmInfo, type WasmInfo } from '@org/wasm-crypto';
 * const info: WasmInfo = wasmInfo();
 * if (info.ready) console.log(`${info.variant} build, ${info.heapBytes} bytes on the heap`);
 * ```
 */
export interface WasmInfo {
  /** True once the module is loaded. */
  readonly ready: boolean;
  /** The build in use: `simd`, `baseline`, or `custom` when you passed your own source. */
  readonly variant: WasmVariant | undefined;
  /** Bytes currently allocated on the Rust heap (flat across calls when nothing leaks). */
  readonly heapBytes: number;
  /** Size of the wasm linear memory in bytes. */
  readonly memoryBytes: number;
}

export function lifecycle<G extends GlueBase>(slot: ModuleSlot<G>) {
  return {
    init: (source?: InitInput, options?: InitOptions): Promise<void> => slot.get().init(source, options),
    initSync: (source?: SyncInitInput, options?: InitOptions): void => slot.get().initSync(source, options),
    wasmInfo: (): WasmInfo => {
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
