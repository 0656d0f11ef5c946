// The size-first `/lite/*` entries: one small wasm module per algorithm family, built from
// crates/crypto-lite without wasm-bindgen. Every byte here is in every lite import, so this file
// stays small: no shared runtime, plain errors, and no allocator on either side.
//
// A module holds one hash state and a 64 KiB buffer (crates/crypto-lite/src/exports.rs). A hasher
// whose state is not the live one keeps a copy of it in JS, restored when it runs again; the
// one-shot functions park the live hasher's state the same way. Memory never grows, so nothing
// leaks and the view of it never goes stale.
import type { Bytes, BytesInput } from '@org/wasm-runtime';

/**
 * What a lite entry's `init()` accepts in place of the module's shipped `.wasm`: its URL, a
 * `Response`, its bytes or a compiled module.
 *
 * @example
 * ```ts
 * import { init, type LiteSource } from '@org/wasm-crypto/lite/sha256';
 * const source: LiteSource = new URL('/assets/lite_sha256.wasm', location.href);
 * await init(source);
 * ```
 */
export type LiteSource = URL | string | Response | ArrayBuffer | ArrayBufferView | WebAssembly.Module;

/** A hash state's copy, kept while another state is live. */
interface Saved {
  state?: Uint8Array | undefined;
}

type Exports = Record<string, (...args: number[]) => number> & { memory: WebAssembly.Memory };

/** A loaded module's functions (looked up once) and where its buffer and state live. */
interface Instance {
  start(variant: number, paramLen: number): number;
  update(len: number): number;
  finish(len: number): number;
  heap: Uint8Array;
  buffer: number;
  bufferLen: number;
  state: number;
  stateLen: number;
}

const encoder = new TextEncoder();
const tag = (value: unknown): string => Object.prototype.toString.call(value);

/** `data` as bytes: UTF-8 for strings, a view of any buffer or typed array (no copy). */
export function bytesOf(data: BytesInput, name = 'message'): Uint8Array {
  if (typeof data === 'string') return encoder.encode(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (/^\[object (Shared)?ArrayBuffer\]$/.test(tag(data))) return new Uint8Array(data);
  throw new TypeError(`${name} must be a string, ArrayBuffer or typed array; got ${data === null ? 'null' : typeof data}`);
}

/** Decodes the base64 of an embedded module. */
export const fromBase64 = (text: string): Bytes => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

/** The longest output of one call (as the full entries allow). */
export const MAX_OUTPUT = 1 << 24;

/** An integer in `[min, max]`, or a RangeError naming it. */
export function integer(value: unknown, name: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer from ${min} to ${max}; got ${String(value)}`);
  }
  return value;
}

/** One lite wasm module: how to get it, its instance, and which hasher's state is live. */
export class LiteModule {
  /** The module's name, the prefix of its exports (`sha256_start`, …). */
  readonly name: string;
  /** Where the entry finds the shipped module: synchronously (Node, inline, workerd) or by URL (web). */
  local?: () => WebAssembly.Module;
  url?: () => URL;
  /** The web entries' embedded copy, for when the `.wasm` cannot be fetched. */
  fallback?: () => Promise<{ default: string }>;
  #wasm?: Instance;
  #loading?: Promise<void> | undefined;
  #live?: Saved | undefined;

  constructor(name: string) {
    this.name = name;
  }

  /** Loads the module (see each entry's `init`). */
  init = (source?: LiteSource | Promise<LiteSource>): Promise<void> =>
    this.#wasm
      ? Promise.resolve()
      : (this.#loading ??= this.#load(source).catch((error: unknown) => {
          this.#loading = undefined;
          throw error;
        }));

  /** Loads the module synchronously from its bytes or a compiled module (or the entry's own). */
  initSync = (source?: ArrayBuffer | ArrayBufferView | WebAssembly.Module): void => {
    if (this.#wasm) return;
    const module = source ? (source instanceof WebAssembly.Module ? source : new WebAssembly.Module(source as BufferSource)) : this.local?.();
    if (!module) throw new Error(`lite/${this.name}: initSync() needs the module's bytes here`);
    this.#instantiate(module);
  };

  async #load(source?: LiteSource | Promise<LiteSource>): Promise<void> {
    let given = await source;
    if (given === undefined) {
      if (!this.url) return this.initSync();
      try {
        given = await this.#fetch(this.url());
      } catch (error) {
        // A bundler that left the .wasm behind: the embedded copy, in a chunk loaded only now.
        if (!this.fallback) throw error;
        given = fromBase64((await this.fallback()).default);
      }
    }
    if (typeof given === 'string' || given instanceof URL || given instanceof Response) given = await this.#fetch(given);
    this.#instantiate(given instanceof WebAssembly.Module ? given : await WebAssembly.compile(given as BufferSource));
  }

  async #fetch(from: string | URL | Response): Promise<ArrayBuffer> {
    const response = from instanceof Response ? from : await fetch(from);
    if (!response.ok) throw new Error(`lite/${this.name}: fetching ${response.url || 'the module'} gave HTTP ${response.status}`);
    return response.arrayBuffer();
  }

  #instantiate(module: WebAssembly.Module): void {
    const exports = new WebAssembly.Instance(module).exports as Exports;
    const fn = (name: string) => exports[`${this.name}_${name}`]!;
    this.#wasm = {
      start: fn('start'),
      update: fn('update'),
      finish: fn('finish'),
      heap: new Uint8Array(exports.memory.buffer),
      buffer: exports.lite_buffer!(),
      bufferLen: exports.lite_buffer_len!(),
      state: fn('state')(),
      stateLen: fn('state_len')(),
    };
  }

  /** The instance; entries that ship the module compile it here at first use. */
  #loaded(): Instance {
    if (!this.#wasm && this.local) this.initSync();
    if (!this.#wasm) throw new Error(`lite/${this.name}: call \`await init()\` before hashing`);
    return this.#wasm;
  }

  /** Starts a hash of `variant` with `param` (a key, context or seed) as the live state. */
  start(variant: number, param: Uint8Array | undefined, owner?: Saved): void {
    const wasm = this.#loaded();
    this.#park();
    if (param) wasm.heap.set(param, wasm.buffer);
    if (wasm.start(variant, param?.length ?? 0) < 0) throw new RangeError(`lite/${this.name}: invalid key, context or seed`);
    this.#live = owner;
  }

  /** Makes `owner`'s state the live one. (Hashers exist only once the module is loaded.) */
  resume(owner: Saved): void {
    if (this.#live === owner) return;
    this.#park();
    this.#wasm!.heap.set(owner.state!, this.#wasm!.state);
    owner.state = undefined;
    this.#live = owner;
  }

  /** Copies the live state out to its owner, so that another may run. */
  #park(): void {
    const live = this.#live;
    if (live) live.state = this.snapshot();
    this.#live = undefined;
  }

  /** A copy of `owner`'s state, live or parked. */
  copyOf(owner: Saved): Uint8Array {
    return this.#live === owner ? this.snapshot() : owner.state!.slice();
  }

  /** Forgets `owner`'s state (its hasher is done). */
  drop(owner: Saved): void {
    if (this.#live === owner) this.#live = undefined;
  }

  /** A copy of the live state. */
  snapshot(): Uint8Array {
    const { heap, state, stateLen } = this.#wasm!;
    return heap.slice(state, state + stateLen);
  }

  /** Absorbs `data` into the live state, a buffer at a time. */
  update(data: Uint8Array): void {
    const { heap, buffer, bufferLen, update } = this.#wasm!;
    for (let at = 0; at < data.length; at += bufferLen) {
      const chunk = data.length - at > bufferLen ? data.subarray(at, at + bufferLen) : at ? data.subarray(at) : data;
      heap.set(chunk, buffer);
      update(chunk.length);
    }
  }

  /** Writes `length` bytes of the live state's output into `out` (a new array by default). */
  finish(length: number, out?: Uint8Array): Bytes {
    const { heap, buffer, bufferLen, finish } = this.#wasm!;
    let result = out;
    for (let at = 0; at < length; ) {
      const written = finish(Math.min(length - at, bufferLen));
      if (written < 1) throw new Error(`lite/${this.name}: the digest was already taken`);
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
