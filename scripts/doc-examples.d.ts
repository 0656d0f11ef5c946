// What the API docs' examples assume is around them (scripts/check-doc-examples.mjs type-checks
// each example with this file): the values they work on, and, for the package-neutral examples
// (errors, loading), the names each package exports. An import in an example shadows these.
import type * as Crypto from '@org/wasm-crypto';
import type * as CryptoUtils from '@org/wasm-crypto/utils';
import type * as Imaging from '@org/wasm-imaging';
import type * as Physics from '@org/wasm-physics';

declare global {
  // Loading.
  const wasmUrl: URL;
  const wasmBytes: Uint8Array<ArrayBuffer>;
  const bytesOrModule: WebAssembly.Module;
  const url: string;
  // Bytes, keys, passwords.
  const salt: Uint8Array;
  const key: Uint8Array;
  const sharedSecret: Uint8Array;
  const inputKeyMaterial: Uint8Array;
  const ikm: Uint8Array;
  const seed: Uint8Array;
  const message: Uint8Array;
  const largeMessage: Uint8Array;
  const bytes: Uint8Array;
  const firstPart: Uint8Array;
  const secondPart: Uint8Array;
  const saved: Uint8Array;
  const received: Uint8Array;
  const expected: Uint8Array;
  const theirs: Uint8Array;
  const myOid: Uint8Array;
  const words: Uint32Array;
  const data: Uint8Array;
  const offsets: Uint32Array;
  let stored: string;
  const attempt: string;
  const file: Blob;
  const hasher: Crypto.Hasher;
  const MyHash: new (options?: unknown) => CryptoUtils.HashInstance;
  const process: { env: Record<string, string | undefined> };
  // Images and particles.
  const image: Imaging.ImageDataLike;
  const imageData: ImageData;
  const ctx: CanvasRenderingContext2D;
  const canvas: HTMLCanvasElement;
  const width: number;
  const height: number;
  const w: number;
  const h: number;
  const requested: number;
  const world: Physics.ParticleWorld;
  const elapsedSeconds: number;
  // Whatever the example's code does.
  function run(): void;
  function use(value: unknown): void;
  function work(i: number): void;
  const resource: { dispose(): void };
  // Names from the package the example is about (imports in an example shadow these).
  const init: typeof Crypto.init;
  const initSync: typeof Crypto.initSync;
  const wasmInfo: typeof Crypto.wasmInfo;
  const sha256: typeof Crypto.sha256;
  const grayscale: typeof Imaging.grayscale;
  const ParticleWorld: typeof Physics.ParticleWorld;
  type ParticleWorld = Physics.ParticleWorld;
  const MAX_PARTICLES: number;
  const WasmError: typeof Crypto.WasmError;
  const WasmPanicError: typeof Crypto.WasmPanicError;
  const NotInitializedError: typeof Crypto.NotInitializedError;
  const StaleHandleError: typeof Crypto.StaleHandleError;
  type WasmInfo = Crypto.WasmInfo;
  type WasmVariant = Crypto.WasmVariant;
  type InitOptions = Crypto.InitOptions;
  type RgbaImage = Imaging.RgbaImage;
  type ImageDataLike = Imaging.ImageDataLike;
}
