// Finding and compiling a lite module, for the hash modules (module.ts) and the password hashes'
// (kdf.ts). Every byte here is in every lite import, so this file stays small: no shared
// runtime, plain errors.
import type { BytesInput } from '@org/wasm-runtime';
import { fromBase64 } from '../base64.js';

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
export { fromBase64 } from '../base64.js';

/** One lite wasm module: where its entry finds it, and the compiled module once loaded. */
export abstract class LiteLoader {
  /** The module's name, the prefix of its exports (`sha256_start`, `argon2_derive`, …). */
  readonly name: string;
  /** Where the entry finds the shipped module: synchronously (Node, inline, workerd) or by URL (web). */
  local?: () => WebAssembly.Module;
  url?: () => URL;
  /** The web entries' embedded copy, for when the `.wasm` cannot be fetched. */
  fallback?: () => Promise<{ default: string }>;
  #module?: WebAssembly.Module;
  #loading?: Promise<void> | undefined;

  constructor(name: string) {
    this.name = name;
  }

  /** An error naming the entry. */
  error(message: string, Type: ErrorConstructor = Error): Error {
    return new Type(`lite/${this.name}: ${message}`);
  }

  /** Loads the module (see each entry's `init`). */
  init = (source?: LiteSource | Promise<LiteSource>): Promise<void> =>
    this.#module
      ? Promise.resolve()
      : (this.#loading ??= this.#load(source).catch((error: unknown) => {
          this.#loading = undefined;
          throw error;
        }));

  /** Loads the module synchronously from its bytes or a compiled module (or the entry's own). */
  initSync = (source?: ArrayBuffer | ArrayBufferView | WebAssembly.Module): void => {
    if (this.#module) return;
    const module = source ? (source instanceof WebAssembly.Module ? source : new WebAssembly.Module(source as BufferSource)) : this.local?.();
    if (!module) throw this.error('call `await init()` first');
    this.#take(module);
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
    const module = given instanceof WebAssembly.Module ? given : await WebAssembly.compile(given as BufferSource);
    // initSync() or a first use (which loads the shipped module) may have come first: keep that
    // module, whose instance may hold live state.
    if (!this.#module) this.#take(module);
  }

  async #fetch(from: string | URL | Response): Promise<ArrayBuffer> {
    const response = from instanceof Response ? from : await fetch(from);
    if (!response.ok) throw this.error(`fetching ${response.url || 'the module'} gave HTTP ${response.status}`);
    return response.arrayBuffer();
  }

  #take(module: WebAssembly.Module): void {
    if (!this.accept(module)) throw this.error(`not the lite_${this.name}.wasm module`, TypeError);
    this.#module = module;
  }

  /** Whether `module` is this entry's module (the hash modules also instantiate it here). */
  protected abstract accept(module: WebAssembly.Module): boolean;

  /** The compiled module; entries that ship it compile it here at first use. */
  module(): WebAssembly.Module {
    if (!this.#module) this.initSync();
    return this.#module!;
  }
}
