/**
 * Image filters in WebAssembly on RGBA pixels (`ImageData`-shaped). Ready at import in Node;
 * elsewhere call `await init()` once.
 *
 * @example
 * ```ts
 * import { boxBlur, grayscale } from '@org/wasm-imaging';
 * const out = boxBlur(grayscale(image), 2);
 * ```
 * @module
 */
export { boxBlur, grayscale, MAX_BLUR_RADIUS } from './filters.js';
export { MAX_BYTES, MAX_SIDE, type ImageDataLike, type RgbaImage } from './image.js';
export { init, initSync, wasmInfo, __debugPanic } from './init.js';
export * from '@org/wasm-runtime/public';
