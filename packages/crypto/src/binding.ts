/** The loaded module, set by the entry (node, web or inline) that the user's runtime picked. */
import { ModuleSlot } from '@org/wasm-runtime';
import type * as NodeGlue from '../wasm/wasm_crypto.node.cjs';

/** The raw exports of the crate's wasm boundary (crates/crypto/src/wasm.rs), in every target. */
export type CryptoGlue = Omit<typeof NodeGlue, '__wasmVariant' | 'default'>;

export const crypto = new ModuleSlot<CryptoGlue>('@org/wasm-crypto');
