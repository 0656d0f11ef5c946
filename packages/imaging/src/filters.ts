import { checkInteger } from '@org/wasm-runtime';
import { imaging } from './binding.js';
import { checkImage, rgbaImage, type ImageDataLike, type RgbaImage } from './image.js';

/**
 * Largest box blur radius (the Rust core enforces the same limit).
 *
 * @example
 * ```ts
 * import { boxBlur, MAX_BLUR_RADIUS } from '@org/wasm-imaging';
 * const blurred = boxBlur(image, Math.min(requested, MAX_BLUR_RADIUS));
 * ```
 */
export const MAX_BLUR_RADIUS = 1024;

/**
 * Converts an image to grayscale (BT.709 luma, `(54 R + 183 G + 19 B + 128) >> 8`), keeping
 * alpha. Returns a new image; the input is not modified.
 *
 * @example
 * ```ts
 * import { grayscale } from '@org/wasm-imaging';
 * const gray = grayscale(ctx.getImageData(0, 0, w, h));
 * ```
 */
export function grayscale(image: ImageDataLike): RgbaImage {
  const { pixels, width, height } = checkImage(image);
  const out = pixels.slice();
  imaging.get().call((glue) => glue.grayscale(out, width, height));
  return rgbaImage(out, width, height);
}

/**
 * Blurs every channel with a box of `n = 2 × radius + 1` pixels, along each row and then along
 * each column, each pass rounded to the nearest average (`(sum + ⌊n / 2⌋) / n`), repeating the
 * edge pixels beyond the border. Runs in time independent of the radius. Returns a new image.
 *
 * The channels are blurred apart, as `ImageData` stores them (colour not premultiplied by alpha),
 * so the colour of transparent pixels bleeds into their opaque neighbours; a canvas
 * `ctx.filter = 'blur(…)'` premultiplies instead.
 *
 * @param radius An integer from 0 (a copy) to {@link MAX_BLUR_RADIUS}.
 * @example
 * ```ts
 * import { boxBlur } from '@org/wasm-imaging';
 * const soft = boxBlur(image, 3);
 * ```
 */
export function boxBlur(image: ImageDataLike, radius: number): RgbaImage {
  const { pixels, width, height } = checkImage(image);
  checkInteger(radius, 'radius', 0, MAX_BLUR_RADIUS);
  const out = imaging.get().call((glue) => glue.boxBlur(pixels, width, height, radius));
  return rgbaImage(out as Uint8Array<ArrayBuffer>, width, height);
}
