import { checkInteger, describe, typedArrayBytes, typedArrayKind } from '@org/wasm-runtime';

/**
 * Largest width or height accepted (the Rust core enforces the same limit).
 *
 * @example
 * ```ts
 * import { MAX_SIDE } from '@org/wasm-imaging';
 * if (canvas.width > MAX_SIDE || canvas.height > MAX_SIDE) throw new Error('image too large');
 * ```
 */
export const MAX_SIDE = 16_384;

/**
 * Largest pixel buffer accepted, in bytes (256 MiB).
 *
 * @example
 * ```ts
 * import { MAX_BYTES } from '@org/wasm-imaging';
 * const fits = width * height * 4 <= MAX_BYTES;
 * ```
 */
export const MAX_BYTES = 256 * 1024 * 1024;

/**
 * RGBA pixels, 8 bits per channel, row by row: what a canvas `ImageData` holds. Any object of
 * this shape works, `ImageData` included.
 *
 * @example
 * ```ts
 * const image: ImageDataLike = { data: new Uint8ClampedArray(4 * 2 * 2), width: 2, height: 2 };
 * ```
 */
export interface ImageDataLike {
  /** The pixels: `4 × width × height` bytes, R, G, B, A for each pixel, rows top to bottom. */
  readonly data: Uint8ClampedArray | Uint8Array;
  /** Width in pixels, from 1 to {@link MAX_SIDE}. */
  readonly width: number;
  /** Height in pixels, from 1 to {@link MAX_SIDE}. */
  readonly height: number;
}

/**
 * A new RGBA image returned by the filters; pass it to `new ImageData(data, width, height)` or
 * `ctx.putImageData()` in a browser.
 *
 * @example
 * ```ts
 * const out: RgbaImage = grayscale(image);
 * ctx.putImageData(new ImageData(out.data, out.width, out.height), 0, 0);
 * ```
 */
export interface RgbaImage {
  /** The pixels: `4 × width × height` bytes, R, G, B, A for each pixel, rows top to bottom. */
  readonly data: ReturnType<typeof Uint8ClampedArray.of>; // Uint8ClampedArray<ArrayBuffer> on TypeScript 5.7+
  /** Width in pixels, the same as the input's. */
  readonly width: number;
  /** Height in pixels, the same as the input's. */
  readonly height: number;
}

/** An input image after its checks: each property read once, the pixels as bytes (no copy). */
export interface CheckedImage {
  readonly pixels: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/**
 * Checks `image`, reading each of its properties once (a getter cannot change the image between
 * the check and its use), and returns its pixels as a `Uint8Array` view with its size.
 */
export function checkImage(image: ImageDataLike, name = 'image'): CheckedImage {
  if (typeof image !== 'object' || image === null) throw new TypeError(`${name} must be an ImageData-like object; got ${describe(image)}`);
  const { data } = image;
  // Read from the array's internal slots: right for arrays of any realm (an iframe's ImageData),
  // and not redirected by a subclass or a Proxy.
  const kind = typedArrayKind(data);
  if (kind !== 'Uint8ClampedArray' && kind !== 'Uint8Array') {
    throw new TypeError(`${name}.data must be a Uint8ClampedArray or Uint8Array; got ${describe(data)}`);
  }
  const width = checkInteger(image.width, `${name}.width`, 1, MAX_SIDE);
  const height = checkInteger(image.height, `${name}.height`, 1, MAX_SIDE);
  const expected = width * height * 4;
  if (expected > MAX_BYTES) throw new RangeError(`${name} is ${width}×${height}: over the ${MAX_BYTES}-byte limit`);
  const pixels = typedArrayBytes(data, `${name}.data`);
  if (pixels.length !== expected) {
    throw new RangeError(`${name}.data has ${pixels.length} bytes; a ${width}×${height} RGBA image needs ${expected}`);
  }
  return { pixels, width, height };
}

/** Wraps bytes that the caller owns as a new RgbaImage. */
export function rgbaImage(bytes: Uint8Array<ArrayBuffer>, width: number, height: number): RgbaImage {
  return { data: new Uint8ClampedArray(bytes.buffer, bytes.byteOffset, bytes.byteLength), width, height };
}
