/** The loaded module, set by the entry (node, web or inline) that the user's runtime picked. */
import { ModuleSlot } from '@org/wasm-runtime';
import type * as NodeGlue from '../wasm/wasm_imaging.node.cjs';

/** The raw exports of the crate's wasm boundary (crates/imaging/src/wasm.rs), in every target. */
export type ImagingGlue = Omit<typeof NodeGlue, '__wasmVariant' | 'default'>;

export const imaging = new ModuleSlot<ImagingGlue>('@org/wasm-imaging');
