// The password hashes' modules of the `/lite/*` entries (`argon2`, `scrypt`, `bcrypt`): each
// derivation runs in a fresh instance of the compiled module, whose whole memory (inputs, the
// derivation's blocks, stack, output) is zeroed and dropped when it is done, so nothing stays
// behind and memory grown for a large `m` or `N` goes back to the engine.
import type { Bytes, BytesInput } from '@org/wasm-runtime';
import { secretsOrWipe } from '../copy.js';
import { yieldToEventLoop } from '../event-loop.js';
import { bytesOf, LiteLoader } from './loader.js';
import { integer } from './options.js';

/** A password-hash module's exports: `lite_input`, `<name>_derive` and its memory. */
type Exports = Record<string, (...args: number[]) => number> & { memory: WebAssembly.Memory };

/**
 * Options every lite password hash takes, as `@noble/hashes`' KDFs.
 *
 * @example
 * ```ts
 * import { scryptAsync } from '@org/wasm-crypto/lite/scrypt';
 * await scryptAsync('pw', 'salt', { N: 2 ** 15, r: 8, p: 1, onProgress: (f) => console.log(f) });
 * ```
 */
export interface LiteKdfOptions {
  /**
   * Called with 0 before the work starts and 1 when it is done. (The derivation is one
   * WebAssembly call, so there are no steps in between.)
   */
  onProgress?: (progress: number) => void;
  /** Accepted for code written against `@noble/hashes` and ignored: nothing runs in slices here. */
  asyncTick?: number;
}

/** A derivation with its own copies of the inputs: run it once, and discard it in any case. */
export interface Derivation {
  /** Derives the output, then wipes the copies of the inputs. */
  run(): Bytes;
  /** Wipes the copies of the inputs (for when the derivation does not run). */
  discard(): void;
}

/**
 * A copy of input `value` (strings as UTF-8) that the derivation owns and wipes: so a caller may
 * change or wipe its own arrays at once, even before an async variant runs.
 */
export function copyOf(value: BytesInput, name: string): Uint8Array {
  const bytes = bytesOf(value, name);
  // `bytesOf` gives a plain Uint8Array view (never a Node Buffer, whose `slice` shares memory).
  return typeof value === 'string' ? bytes : bytes.slice();
}

/** Copies of the secret inputs `[value, name]`, or none (those made wiped) if one is not bytes. */
export const secretCopies = (...inputs: [BytesInput, string][]): Uint8Array[] =>
  secretsOrWipe((copies) => {
    for (const [value, name] of inputs) copies.push(copyOf(value, name));
    return copies;
  }).value;

/** One lite password-hash module. */
export class LiteKdf extends LiteLoader {
  protected accept(module: WebAssembly.Module): boolean {
    return WebAssembly.Module.exports(module).some((e) => e.name === `${this.name}_derive`);
  }

  /**
   * A derivation of `outLen` bytes from `copies` (from {@link copyOf}, wiped once it ran):
   * `derive` calls the module's `<name>_derive` with the parameters and the inputs' lengths.
   */
  plan(copies: readonly Uint8Array[], outLen: number, derive: (fn: (...args: number[]) => number, lens: number[]) => number): Derivation {
    const discard = () => {
      for (const copy of copies) copy.fill(0);
    };
    const run = (): Bytes => {
      let exports: Exports | undefined;
      try {
        exports = new WebAssembly.Instance(this.module()).exports as Exports;
        const total = copies.reduce((sum, input) => sum + input.length, 0);
        let at = exports.lite_input!(total) >>> 0;
        if (!at) throw this.error('out of memory for the inputs', RangeError);
        for (const input of copies) {
          new Uint8Array(exports.memory.buffer).set(input, at);
          at += input.length;
        }
        const out = derive(exports[`${this.name}_derive`]!, copies.map((input) => input.length)) >>> 0;
        if (!out) throw this.error('out of memory: WebAssembly memory cannot grow that far here', RangeError);
        return new Uint8Array(exports.memory.buffer).slice(out, out + outLen) as Bytes;
      } finally {
        if (exports) new Uint8Array(exports.memory.buffer).fill(0);
        discard();
      }
    };
    return { run, discard };
  }
}

const modules: Record<string, LiteKdf> = {};

/** The module named `name`, shared by its functions and its entries. */
export const liteKdf = (name: string): LiteKdf => (modules[name] ??= new LiteKdf(name));

/** The most one buffer may hold in WebAssembly (wasm32: `isize::MAX`). */
const MAX_BUFFER = 2 ** 31 - 1;

/**
 * Refuses parameters needing `needed` bytes of memory over `maxmem` (default 1 GiB + 2 KiB, as
 * noble), or a buffer of `largest` bytes, over what one WebAssembly allocation can hold (2 GiB),
 * before any memory is taken.
 */
export function checkMemory(needed: number, largest: number, maxmem: unknown): void {
  const allowed = maxmem === undefined ? 2 ** 30 + 2048 : integer(maxmem, 'maxmem', 1, 3 * 2 ** 30);
  if (needed > allowed) throw new RangeError(`the parameters need ${needed} bytes of memory, over maxmem (${allowed})`);
  if (largest > MAX_BUFFER) throw new RangeError(`the parameters need one buffer of ${largest} bytes, over WebAssembly's ${MAX_BUFFER}`);
}

/** Runs the derivation `make` returns now, reporting progress 0 and 1 if asked (as noble's sync KDFs do). */
export function runNow(make: () => Derivation, options: LiteKdfOptions | undefined): Bytes {
  const onProgress = progressOf(options);
  const derivation = make();
  try {
    onProgress?.(0);
    const out = derivation.run();
    onProgress?.(1);
    return out;
  } finally {
    derivation.discard();
  }
}

/**
 * Runs the derivation `make` returns (its inputs copied now) after a yield to the event loop (a
 * macrotask, so that pending I/O and rendering run first), reporting progress. The lite entries
 * have no worker: it then runs on this thread; the full entries' async variants run in one.
 */
export async function runLater(make: () => Derivation, options: LiteKdfOptions | undefined): Promise<Bytes> {
  const onProgress = progressOf(options);
  const derivation = make();
  try {
    onProgress?.(0);
    await yieldToEventLoop();
    const out = derivation.run();
    onProgress?.(1);
    return out;
  } finally {
    derivation.discard();
  }
}

function progressOf(options: LiteKdfOptions | undefined): ((progress: number) => void) | undefined {
  const onProgress = options?.onProgress;
  if (onProgress !== undefined && typeof onProgress !== 'function') throw new TypeError(`onProgress must be a function; got ${typeof onProgress}`);
  return onProgress;
}
