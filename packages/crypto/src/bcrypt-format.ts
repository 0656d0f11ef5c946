// bcrypt's `$2b$` string format, shared by the full and the lite bcrypt (which keeps it free of
// the runtime's imports): bcrypt's own base64, and the parts of a string.

const ALPHABET = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * bcrypt's own base64 (its alphabet, no padding).
 * @internal
 */
export function bcryptBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const chars = [a >> 2, ((a & 3) << 4) | (b >> 4), ((b & 15) << 2) | (c >> 6), c & 63];
    const count = Math.min(4, Math.ceil(((bytes.length - i) * 4) / 3));
    for (let j = 0; j < count; j++) out += ALPHABET[chars[j] as number];
  }
  return out;
}

/**
 * Decodes bcrypt's base64 into `length` bytes (ignoring the unused low bits of the last character, as OpenBSD does); undefined if malformed.
 * @internal
 */
export function bcryptUnbase64(text: string, length: number): Uint8Array | undefined {
  if (text.length !== Math.ceil((length * 4) / 3)) return undefined;
  const out = new Uint8Array(length);
  let bits = 0;
  let value = 0;
  let n = 0;
  for (const char of text) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) return undefined;
    value = (value << 6) | digit;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      if (n < length) out[n++] = (value >> bits) & 0xff;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

/**
 * The parts of a `$2a$`/`$2b$`/`$2y$` string; throws a RangeError naming the problem.
 * @internal
 */
export function parseBcrypt(encoded: string): { cost: number; salt: Uint8Array; hash: Uint8Array } {
  if (typeof encoded !== 'string') throw new TypeError(`hash must be a string; got ${encoded === null ? 'null' : typeof encoded}`);
  const match = /^\$2[aby]\$(\d\d)\$([./A-Za-z0-9]{22})([./A-Za-z0-9]{31})$/.exec(encoded);
  if (!match) throw new RangeError('not a bcrypt hash: expected $2a$, $2b$ or $2y$, a two-digit cost and 53 characters');
  const cost = Number(match[1]);
  if (cost < 4 || cost > 31) throw new RangeError(`bcrypt cost must be from 4 to 31; got ${cost}`);
  const salt = bcryptUnbase64(match[2] as string, 16);
  const hash = bcryptUnbase64(match[3] as string, 23);
  if (!salt || !hash) throw new RangeError('not a bcrypt hash: malformed salt or hash');
  return { cost, salt, hash };
}

