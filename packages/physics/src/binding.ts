/** The loaded module, set by the entry (node, web or inline) that the user's runtime picked. */
import { ModuleSlot } from '@org/wasm-runtime';
import type * as NodeGlue from '../wasm/wasm_physics.node.cjs';

/** The raw exports of the crate's wasm boundary (crates/physics/src/wasm.rs), in every target. */
export type PhysicsGlue = Omit<typeof NodeGlue, '__wasmVariant' | 'default'>;

export const physics = new ModuleSlot<PhysicsGlue>('@org/wasm-physics');
