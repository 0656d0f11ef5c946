//! RGBA8 image filters.
//!
//! All functions take tightly packed RGBA8 pixel buffers whose length must be
//! exactly `width * height * 4`. The core is plain safe Rust; the optional
//! `wasm` feature adds a thin `wasm-bindgen` boundary.

#![deny(unsafe_code)]

use core::fmt;

#[cfg(feature = "wasm")]
mod wasm;

/// Largest accepted width or height, in pixels.
pub const MAX_SIDE: u32 = 16_384;

/// Largest accepted buffer size in bytes (256 MiB), bounding memory use.
pub const MAX_BYTES: u64 = 256 * 1024 * 1024;

/// Largest accepted blur radius.
///
/// The cost is independent of the radius, so this only rejects nonsense
/// input; a 2049-pixel window already flattens any image up to `MAX_SIDE`
/// into a near-uniform smear.
pub const MAX_RADIUS: u32 = 1024;

/// Errors returned for invalid image arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImagingError {
    /// A side is zero or above [`MAX_SIDE`], or the image exceeds [`MAX_BYTES`].
    BadDimensions {
        /// Requested width.
        width: u32,
        /// Requested height.
        height: u32,
    },
    /// The buffer length is not `width * height * 4`.
    LengthMismatch {
        /// Length implied by the dimensions.
        expected: usize,
        /// Length of the buffer passed in.
        actual: usize,
    },
    /// The blur radius is above [`MAX_RADIUS`].
    RadiusTooLarge {
        /// Requested radius.
        radius: u32,
        /// Largest accepted radius.
        max: u32,
    },
}

impl fmt::Display for ImagingError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Self::BadDimensions { width, height } => write!(
                f,
                "bad image dimensions {width}x{height}: each side must be 1..={MAX_SIDE} \
                 and the image at most {MAX_BYTES} bytes"
            ),
            Self::LengthMismatch { expected, actual } => write!(
                f,
                "pixel buffer has {actual} bytes, expected {expected} (width * height * 4)"
            ),
            Self::RadiusTooLarge { radius, max } => {
                write!(f, "blur radius {radius} exceeds the maximum of {max}")
            }
        }
    }
}

impl std::error::Error for ImagingError {}

/// Checks the dimensions against the limits and the buffer length.
fn check(len: usize, width: u32, height: u32) -> Result<(), ImagingError> {
    let bytes = u64::from(width) * u64::from(height) * 4;
    if width == 0 || height == 0 || width > MAX_SIDE || height > MAX_SIDE || bytes > MAX_BYTES {
        return Err(ImagingError::BadDimensions { width, height });
    }
    // Lossless: `bytes <= MAX_BYTES`, which fits in a 32-bit `usize`.
    let expected = bytes as usize;
    if len != expected {
        return Err(ImagingError::LengthMismatch {
            expected,
            actual: len,
        });
    }
    Ok(())
}

/// Converts an image to grayscale in place, leaving alpha untouched.
///
/// Uses integer BT.709 luma, `(54 r + 183 g + 19 b + 128) >> 8`; the weights
/// sum to 256 so white stays 255.
pub fn grayscale(pixels: &mut [u8], width: u32, height: u32) -> Result<(), ImagingError> {
    check(pixels.len(), width, height)?;
    for px in pixels.chunks_exact_mut(4) {
        let (r, g, b) = (u32::from(px[0]), u32::from(px[1]), u32::from(px[2]));
        // At most (256 * 255 + 128) >> 8 = 255, so the cast is lossless.
        let luma = ((54 * r + 183 * g + 19 * b + 128) >> 8) as u8;
        px[0] = luma;
        px[1] = luma;
        px[2] = luma;
    }
    Ok(())
}

/// Blurs all four channels with a `(2 * radius + 1)`-wide box, returning a new image.
///
/// The filter is separable (horizontal then vertical pass), uses running sums
/// so the cost is O(width * height) whatever the radius, replicates border
/// pixels at the edges and rounds each pass to nearest. Radius 0 is a copy.
pub fn box_blur(
    pixels: &[u8],
    width: u32,
    height: u32,
    radius: u32,
) -> Result<Vec<u8>, ImagingError> {
    check(pixels.len(), width, height)?;
    if radius > MAX_RADIUS {
        return Err(ImagingError::RadiusTooLarge {
            radius,
            max: MAX_RADIUS,
        });
    }
    if radius == 0 {
        return Ok(pixels.to_vec());
    }
    let (w, r) = (width as usize, radius as usize);
    let mut tmp = vec![0; pixels.len()];
    for (src, dst) in pixels.chunks_exact(w * 4).zip(tmp.chunks_exact_mut(w * 4)) {
        blur_row(src, dst, r);
    }
    let mut out = vec![0; pixels.len()];
    blur_columns(&tmp, &mut out, w * 4, r);
    Ok(out)
}

/// Rounds window sums to the nearest average: `(sum + count / 2) / count`, with the division
/// done as a multiply and shift. Division is the slowest step of the blur otherwise (two per byte).
#[derive(Clone, Copy)]
struct Averager {
    half: u32,
    /// `floor(2^32 / count) + 1`: exact for every dividend below 2^20, and dividends here stay below
    /// 255 * 2049 + 1024 (the largest window sum plus rounding).
    reciprocal: u64,
}

impl Averager {
    fn new(count: u32) -> Self {
        Self {
            half: count / 2,
            reciprocal: (1u64 << 32) / u64::from(count) + 1,
        }
    }

    #[inline(always)]
    fn average(self, sum: u32) -> u8 {
        // The average of u8 values fits in a u8.
        ((u64::from(sum + self.half) * self.reciprocal) >> 32) as u8
    }
}

/// Horizontal pass over one row of RGBA pixels.
fn blur_row(src: &[u8], dst: &mut [u8], r: usize) {
    let last = src.len() / 4 - 1;
    let averager = Averager::new(2 * r as u32 + 1);
    let px = |x: usize, c: usize| u32::from(src[x.min(last) * 4 + c]);

    // Window centred on x = 0: r + 1 copies of the left border, then x = 1..=r
    // clamped. Pixels past the right edge all equal the last one, so only
    // min(r, last) of them need reading.
    let mut sums = [0u32; 4];
    for (c, sum) in sums.iter_mut().enumerate() {
        *sum = (r as u32 + 1) * px(0, c);
        *sum += (1..=r.min(last)).map(|x| px(x, c)).sum::<u32>();
        *sum += r.saturating_sub(last) as u32 * px(last, c);
    }
    for (x, out) in dst.chunks_exact_mut(4).enumerate() {
        for c in 0..4 {
            out[c] = averager.average(sums[c]);
            // Slide right: add x + r + 1, drop x - r (both clamped).
            sums[c] = sums[c] + px(x + r + 1, c) - px(x.saturating_sub(r), c);
        }
    }
}

/// Vertical pass: one running sum per byte column, advanced row by row so
/// memory is read sequentially and the inner loops vectorise.
fn blur_columns(src: &[u8], dst: &mut [u8], stride: usize, r: usize) {
    let last = src.len() / stride - 1;
    let averager = Averager::new(2 * r as u32 + 1);
    let row = |y: usize| &src[y.min(last) * stride..][..stride];

    let mut sums: Vec<u32> = row(0)
        .iter()
        .map(|&v| (r as u32 + 1) * u32::from(v))
        .collect();
    for y in 1..=r.min(last) {
        add_row(&mut sums, row(y), 1);
    }
    add_row(&mut sums, row(last), r.saturating_sub(last) as u32);

    for (y, out) in dst.chunks_exact_mut(stride).enumerate() {
        for (o, &s) in out.iter_mut().zip(&sums) {
            *o = averager.average(s);
        }
        let (add, sub) = (row(y + r + 1), row(y.saturating_sub(r)));
        for ((s, &a), &d) in sums.iter_mut().zip(add).zip(sub) {
            *s = *s + u32::from(a) - u32::from(d);
        }
    }
}

/// Adds `times` copies of `row` to the running column sums.
fn add_row(sums: &mut [u32], row: &[u8], times: u32) {
    for (s, &v) in sums.iter_mut().zip(row) {
        *s += times * u32::from(v);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The multiply-and-shift average equals the rounded division for every window size the blur
    /// allows, at every sum for small windows and at the rounding boundaries for all of them.
    #[test]
    fn averager_is_exact() {
        for count in (1..=2 * MAX_RADIUS + 1).step_by(2) {
            let averager = Averager::new(count);
            let want = |sum: u32| ((sum + count / 2) / count) as u8;
            if count <= 129 {
                for sum in 0..=255 * count {
                    assert_eq!(averager.average(sum), want(sum), "count {count} sum {sum}");
                }
            } else {
                for q in 0..=255u32 {
                    for sum in [q * count, (q * count + count / 2).min(255 * count)] {
                        for sum in sum.saturating_sub(1)..=(sum + 1).min(255 * count) {
                            assert_eq!(averager.average(sum), want(sum), "count {count} sum {sum}");
                        }
                    }
                }
            }
        }
    }

    /// SplitMix64: a tiny deterministic PRNG so the tests need no dependencies.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        }

        fn below(&mut self, n: u32) -> u32 {
            (self.next() % u64::from(n)) as u32
        }

        fn bytes(&mut self, len: usize) -> Vec<u8> {
            (0..len).map(|_| self.next() as u8).collect()
        }
    }

    /// Naive separable reference: direct clamped 1D averages, rows then columns.
    fn reference_blur(src: &[u8], w: usize, h: usize, r: usize) -> Vec<u8> {
        let count = 2 * r as u32 + 1;
        let clamp = |i: isize, n: usize| i.clamp(0, n as isize - 1) as usize;
        let mut tmp = vec![0u8; src.len()];
        for y in 0..h {
            for x in 0..w {
                for c in 0..4 {
                    let sum: u32 = (-(r as isize)..=r as isize)
                        .map(|d| u32::from(src[(y * w + clamp(x as isize + d, w)) * 4 + c]))
                        .sum();
                    tmp[(y * w + x) * 4 + c] = ((sum + count / 2) / count) as u8;
                }
            }
        }
        let mut out = vec![0u8; src.len()];
        for y in 0..h {
            for x in 0..w {
                for c in 0..4 {
                    let sum: u32 = (-(r as isize)..=r as isize)
                        .map(|d| u32::from(tmp[(clamp(y as isize + d, h) * w + x) * 4 + c]))
                        .sum();
                    out[(y * w + x) * 4 + c] = ((sum + count / 2) / count) as u8;
                }
            }
        }
        out
    }

    #[test]
    fn grayscale_known_pixels() {
        let mut px = vec![
            255, 0, 0, 10, // red
            0, 255, 0, 20, // green
            0, 0, 255, 30, // blue
            255, 255, 255, 40, // white
            0, 0, 0, 50, // black
            100, 100, 100, 255, // gray stays gray
        ];
        grayscale(&mut px, 3, 2).unwrap();
        assert_eq!(
            px,
            [
                54, 54, 54, 10, 182, 182, 182, 20, 19, 19, 19, 30, 255, 255, 255, 40, 0, 0, 0, 50,
                100, 100, 100, 255,
            ]
        );
    }

    #[test]
    fn blur_radius_zero_is_identity() {
        let src = Rng(1).bytes(5 * 3 * 4);
        assert_eq!(box_blur(&src, 5, 3, 0).unwrap(), src);
    }

    #[test]
    fn blur_of_constant_is_constant() {
        let src = [12u8, 34, 56, 78].repeat(7 * 4);
        for radius in [1, 2, 3, 10, 100] {
            assert_eq!(box_blur(&src, 7, 4, radius).unwrap(), src);
        }
    }

    #[test]
    fn blur_keeps_opaque_alpha() {
        let mut src = Rng(2).bytes(9 * 6 * 4);
        src.chunks_exact_mut(4).for_each(|p| p[3] = 255);
        let out = box_blur(&src, 9, 6, 2).unwrap();
        assert!(out.chunks_exact(4).all(|p| p[3] == 255));
    }

    #[test]
    fn blur_matches_naive_reference() {
        let mut rng = Rng(3);
        for _ in 0..200 {
            let (w, h) = (1 + rng.below(17), 1 + rng.below(17));
            let r = rng.below(20);
            let src = rng.bytes((w * h * 4) as usize);
            let got = box_blur(&src, w, h, r).unwrap();
            let want = reference_blur(&src, w as usize, h as usize, r as usize);
            assert_eq!(got, want, "{w}x{h} radius {r}");
        }
    }

    #[test]
    fn rejects_bad_dimensions() {
        for (w, h) in [(0, 1), (1, 0), (MAX_SIDE + 1, 1), (1, MAX_SIDE + 1)] {
            let err = ImagingError::BadDimensions {
                width: w,
                height: h,
            };
            assert_eq!(grayscale(&mut [], w, h), Err(err));
            assert_eq!(box_blur(&[], w, h, 1), Err(err));
        }
        // Both sides within MAX_SIDE, but 16384 * 16384 * 4 bytes > MAX_BYTES.
        let err = ImagingError::BadDimensions {
            width: MAX_SIDE,
            height: MAX_SIDE,
        };
        assert_eq!(box_blur(&[], MAX_SIDE, MAX_SIDE, 1), Err(err));
    }

    #[test]
    fn rejects_length_mismatch() {
        let err = ImagingError::LengthMismatch {
            expected: 24,
            actual: 23,
        };
        assert_eq!(grayscale(&mut [0; 23], 3, 2), Err(err));
        assert_eq!(box_blur(&[0; 23], 3, 2, 1), Err(err));
    }

    #[test]
    fn rejects_large_radius() {
        let err = ImagingError::RadiusTooLarge {
            radius: MAX_RADIUS + 1,
            max: MAX_RADIUS,
        };
        assert_eq!(box_blur(&[0; 4], 1, 1, MAX_RADIUS + 1), Err(err));
        assert!(box_blur(&[0; 4], 1, 1, MAX_RADIUS).is_ok());
    }
}
