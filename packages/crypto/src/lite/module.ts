// The hash modules of the size-first `/lite/*` entries, built from crates/crypto-lite without
// wasm-bindgen. Every byte here is in every lite hash import, so this file stays small: no shared
// runtime, plain errors, and no allocator on either side.
//
// A module holds one hash state and a 64 KiB buffer (crates/crypto-lite/src/exports.rs). A hasher
// whose state is not the live one keeps a copy of it in JS, restored when it runs again; the
// one-shot functions park the live hasher's state the same way. Memory never grows, so nothing
// leaks and the view of it never goes stale.
import type { Bytes } from '@org/wasm-runtime';
import { LiteLoader } from './loader.js';

/** A hash state's copy, kept while another state is live. */
interface Saved {
  state?: Uint8Array | undefined;
}

type Exports = Record<string, (...args: number[]) => number> & { memory: WebAssembly.Memory };
type Fn = (...args: number[]) => number;

/** One lite hash module: its instance, and which hasher's state is live. */
export class LiteModule extends LiteLoader {
  // The instance, once made: its functions, its memory, and where its buffer and state are.
  #start!: Fn;
  #update!: Fn;
  #finish!: Fn;
  #wipe!: Fn;
  #heap?: Uint8Array;
  #buffer = 0;
  #bufferLen = 0;
  #state = 0;
  #stateLen = 0;
  #live?: Saved | undefined;

  /** Instantiates `module` if it is this entry's: one instance holds every hasher's state. */
  protected override accept(module: WebAssembly.Module): boolean {
    const exports = new WebAssembly.Instance(module).exports as Exports;
    const fn = (name: string) => exports[`${this.name}_${name}`]!;
    if (!exports[`${this.name}_wipe`]) return false;
    [this.#start, this.#update, this.#finish, this.#wipe] = [fn('start'), fn('update'), fn('finish'), fn('wipe')];
    [this.#buffer, this.#bufferLen, this.#state, this.#stateLen] = [exports.lite_buffer!(), exports.lite_buffer_len!(), fn('state')(), fn('state_len')()];
    this.#heap = new Uint8Array(exports.memory.buffer);
    return true;
  }

  /** The module's memory (entries that ship the module load it here at first use). */
  #loaded(): Uint8Array {
    if (!this.#heap) this.module();
    return this.#heap!;
  }

  /** Starts a hash of `variant` with `param` (a key, context or seed) as the live state. */
  start(variant: number, param: Uint8Array | undefined, owner?: Saved): void {
    const heap = this.#loaded();
    this.#park();
    if (param) heap.set(param, this.#buffer);
    if (this.#start(variant, param?.length ?? 0) < 0) throw this.error('invalid key, context or seed', RangeError);
    this.#live = owner;
  }

  /** Makes `owner`'s state the live one. (Hashers exist only once the module is loaded.) */
  resume(owner: Saved): void {
    if (this.#live === owner) return;
    this.#park();
    const parked = owner.state!;
    this.#heap!.set(parked, this.#state);
    parked.fill(0); // may hold a key
    owner.state = undefined;
    this.#live = owner;
  }

  /** Copies the live state out to its owner, so that another may run. */
  #park(): void {
    const live = this.#live;
    if (live) live.state = this.#snapshot();
    this.#live = undefined;
  }

  /** A copy of `owner`'s state, live or parked. */
  copyOf(owner: Saved): Uint8Array {
    return this.#live === owner ? this.#snapshot() : owner.state!.slice();
  }

  /**
   * Forgets `owner`'s state (its hasher is done), zeroing its parked copy, and with `secret` (a
   * keyed hash) also the module's state and the stack its calls used.
   */
  drop(owner: Saved, secret: boolean): void {
    owner.state?.fill(0);
    if (this.#live === owner) this.#live = undefined;
    // A keyed state left copies on the stack even while parked: park whichever state is live
    // (the wipe zeroes the live one) and wipe.
    if (secret) {
      this.#park();
      this.wipe();
    }
  }

  /** Zeroes the module's state (after a keyed hash). */
  wipe(): void {
    this.#wipe();
  }

  /** A copy of the live state. */
  #snapshot(): Uint8Array {
    return this.#heap!.slice(this.#state, this.#state + this.#stateLen);
  }

  /** Absorbs `data` into the live state, a buffer at a time. */
  update(data: Uint8Array): void {
    const bufferLen = this.#bufferLen;
    for (let at = 0; at < data.length; at += bufferLen) {
      // (A message within one buffer, the common case, goes in without a subarray.)
      const chunk = data.length <= bufferLen ? data : data.subarray(at, at + bufferLen);
      this.#heap!.set(chunk, this.#buffer);
      if (this.#update(chunk.length) < 0) throw this.error('no hash is running');
    }
  }

  /** Writes `length` bytes of the live state's output into `out` (a new array by default). */
  finish(length: number, out?: Uint8Array): Bytes {
    const [heap, buffer] = [this.#heap!, this.#buffer];
    let result = out;
    for (let at = 0; at < length; ) {
      const written = this.#finish(Math.min(length - at, this.#bufferLen));
      if (written < 1) throw this.error('no hash is running');
      // One buffer's worth (every fixed-length digest): a copy of the output, without a view.
      if (!result && written === length) return heap.slice(buffer, buffer + written) as Bytes;
      (result ??= new Uint8Array(length)).set(heap.subarray(buffer, buffer + written), at);
      at += written;
    }
    return (result ?? new Uint8Array(0)) as Bytes;
  }
}

const modules: Record<string, LiteModule> = {};

/** The module named `name`, shared by its hash functions and its entries. */
export const liteModule = (name: string): LiteModule => (modules[name] ??= new LiteModule(name));
