import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXPECTED, fixtureImage } from '../matrix/workload.mjs';
import { createHash } from 'node:crypto';
import { runInNewContext } from 'node:vm';
import { imagingEntries, pseudoRandomBytes } from './entries.js';

// Independent references, written from the documented definitions.
function referenceGrayscale(data: Uint8Array): Uint8Array {
  const out = data.slice();
  for (let i = 0; i < out.length; i += 4) {
    const luma = (54 * data[i]! + 183 * data[i + 1]! + 19 * data[i + 2]! + 128) >> 8;
    out[i] = out[i + 1] = out[i + 2] = luma;
  }
  return out;
}

/** Horizontal then vertical box average with edge pixels repeated, rounded to nearest. */
function referenceBoxBlur(data: Uint8Array, width: number, height: number, radius: number): Uint8Array {
  const count = 2 * radius + 1;
  const pass = (src: Uint8Array, horizontal: boolean): Uint8Array => {
    const dst = new Uint8Array(src.length);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        for (let c = 0; c < 4; c++) {
          let sum = 0;
          for (let k = -radius; k <= radius; k++) {
            const sx = horizontal ? Math.min(width - 1, Math.max(0, x + k)) : x;
            const sy = horizontal ? y : Math.min(height - 1, Math.max(0, y + k));
            sum += src[(sy * width + sx) * 4 + c]!;
          }
          dst[(y * width + x) * 4 + c] = Math.floor((sum + (count >> 1)) / count);
        }
      }
    }
    return dst;
  };
  return pass(pass(data, true), false);
}

const image = (width: number, height: number, seed = 1) => ({ data: new Uint8ClampedArray(pseudoRandomBytes(width * height * 4, seed)), width, height });

it("the matrix's expected blur is the reference blur of its fixture", () => {
  const { data, width, height } = fixtureImage();
  const reference = referenceBoxBlur(new Uint8Array(data.buffer), width, height, 1);
  expect(createHash('sha256').update(reference).digest('hex')).toBe(EXPECTED.blur);
});

describe.each(imagingEntries)('@org/wasm-imaging ($kind)', ({ lib }) => {
  const { grayscale, boxBlur } = lib;

  it('converts known colours to BT.709 luma and keeps alpha', () => {
    const input = { data: new Uint8ClampedArray([255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 7, 255, 255, 255, 0]), width: 2, height: 2 };
    expect([...grayscale(input).data]).toEqual([54, 54, 54, 255, 182, 182, 182, 128, 19, 19, 19, 7, 255, 255, 255, 0]);
    expect(input.data[0]).toBe(255); // the input is left alone
  });

  it('matches the reference grayscale and box blur on random images (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 24 }), fc.integer({ min: 1, max: 24 }), fc.integer({ min: 0, max: 30 }), fc.nat(), (w, h, radius, seed) => {
        const input = image(w, h, seed + 1);
        const bytes = new Uint8Array(input.data.buffer);
        const blurred = boxBlur(input, radius);
        return (
          Buffer.compare(new Uint8Array(grayscale(input).data.buffer), referenceGrayscale(bytes)) === 0 &&
          Buffer.compare(new Uint8Array(blurred.data.buffer), referenceBoxBlur(bytes, w, h, radius)) === 0 &&
          blurred.width === w && blurred.height === h
        );
      }),
      { numRuns: 150 },
    );
  });

  it('returns ImageData-shaped results, radius 0 being a copy', () => {
    const input = image(8, 5);
    const copy = boxBlur(input, 0);
    expect(copy.data).toBeInstanceOf(Uint8ClampedArray);
    expect(copy.data).toEqual(input.data);
    expect(copy.data.buffer).not.toBe(input.data.buffer);
    const flat = { data: new Uint8ClampedArray(4 * 9 * 9).fill(77), width: 9, height: 9 };
    expect(boxBlur(flat, 4).data.every((v) => v === 77)).toBe(true);
  });

  it('accepts Uint8Array pixels and views with an offset', () => {
    const backing = new Uint8Array(4 + 16);
    backing.set([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160], 4);
    const view = { data: backing.subarray(4), width: 2, height: 2 };
    expect([...grayscale(view).data]).toEqual([...referenceGrayscale(backing.subarray(4))]);
  });

  it('rejects bad images and radii with TypeError or RangeError naming the argument', () => {
    const ok = image(2, 2);
    expect(() => grayscale(null as never)).toThrow(TypeError);
    expect(() => grayscale({ ...ok, data: [1, 2, 3, 4] as never })).toThrow(/image\.data/);
    expect(() => grayscale({ ...ok, width: 0 })).toThrow(RangeError);
    expect(() => grayscale({ ...ok, width: 1.5 })).toThrow(/image\.width/);
    expect(() => grayscale({ ...ok, height: 3 })).toThrow(/needs 24/);
    expect(() => grayscale({ data: new Uint8Array(4), width: 16_385, height: 1 })).toThrow(RangeError);
    expect(() => boxBlur(ok, -1)).toThrow(/radius/);
    expect(() => boxBlur(ok, 1025)).toThrow(RangeError);
    expect(() => boxBlur(ok, '2' as never)).toThrow(TypeError);
  });

  it('reads each property of the image once: a getter cannot change the image after its check', () => {
    const original = image(2, 3);
    for (const filter of [(i: typeof original) => grayscale(i), (i: typeof original) => boxBlur(i, 1)]) {
      let reads = 0;
      const shifty = {
        data: original.data,
        get width() {
          return reads++ === 0 ? 2 : 3; // 2 when checked, 3 (a 3×2 image) after
        },
        height: 3,
      };
      const out = filter(shifty);
      expect([out.width, out.height, reads]).toEqual([2, 3, 1]);
      expect([...out.data]).toEqual([...filter(original).data]);
    }
  });

  it('takes pixels from another realm, and reads a view through its internal slots', () => {
    const ok = image(2, 2);
    const foreign = runInNewContext('new Uint8ClampedArray(16)') as Uint8ClampedArray;
    foreign.set(ok.data);
    expect([...grayscale({ data: foreign, width: 2, height: 2 }).data]).toEqual([...grayscale(ok).data]);
    // A subclass cannot pass a shorter array off as a longer one, and a Proxy is not a typed array.
    class Liar extends Uint8ClampedArray {
      override get length(): number {
        return 16;
      }
    }
    expect(() => grayscale({ data: new Liar(4), width: 2, height: 2 })).toThrow(/image\.data has 4 bytes/);
    expect(() => grayscale({ data: new Proxy(ok.data, {}), width: 2, height: 2 })).toThrow(/image\.data must be a Uint8ClampedArray/);
    const transferred = image(2, 2);
    structuredClone(transferred.data.buffer, { transfer: [transferred.data.buffer] });
    expect(() => boxBlur(transferred, 1)).toThrow(/image\.data's buffer is detached/);
  });
});
