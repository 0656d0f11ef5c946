// The PHC string format (https://github.com/P-H-C/phc-string-format): `$id$params$salt$hash`,
// with salt and hash in standard base64 without padding. Free of the runtime, for the lite entries.
import { fromBase64, toBase64 } from './base64.js';

/** A parsed PHC string. */
export interface Phc {
  readonly id: string;
  /** `v=` when present (Argon2). */
  readonly version: number | undefined;
  readonly params: ReadonlyMap<string, string>;
  readonly salt: Uint8Array;
  readonly hash: Uint8Array;
}

const B64 = /^[A-Za-z0-9+/]*$/;

/** Standard base64 without padding, as PHC writes salts and hashes. */
export function phcBase64(bytes: Uint8Array): string {
  return toBase64(bytes).replace(/=+$/, '');
}

/**
 * Decodes PHC base64 (standard alphabet, no padding); a RangeError naming `what` (and the
 * `format`) if malformed or not canonical (unused trailing bits set), so that each hash has
 * exactly one spelling.
 */
export function phcDecode(text: string, what: string, format = 'PHC string'): Uint8Array {
  if (!B64.test(text) || text.length % 4 === 1) throw new RangeError(`malformed ${format}: the ${what} is not base64`);
  const bytes = fromBase64(text.padEnd(Math.ceil(text.length / 4) * 4, '='));
  if (phcBase64(bytes) !== text) throw new RangeError(`malformed ${format}: the ${what} is not canonical base64`);
  return bytes;
}

/** Parses `encoded`; throws a RangeError saying what is wrong with it. */
export function parsePhc(encoded: string): Phc {
  const fields = encoded.split('$');
  if (fields[0] !== '' || fields.length < 5 || fields.length > 6) {
    throw new RangeError('malformed PHC string: expected $id[$v=version]$params$salt$hash');
  }
  const id = fields[1] as string;
  if (!/^[a-z0-9-]{1,32}$/.test(id)) throw new RangeError('malformed PHC string: bad algorithm id');
  let version: number | undefined;
  let rest = fields.slice(2);
  if (fields.length === 6) {
    const v = /^v=(0|[1-9]\d{0,9})$/.exec(rest[0] as string);
    if (!v) throw new RangeError('malformed PHC string: expected v=<version>');
    version = Number(v[1]);
    rest = rest.slice(1);
  }
  const [paramText, saltText, hashText] = rest as [string, string, string];
  const params = new Map<string, string>();
  for (const pair of paramText.split(',')) {
    // Values up to 1024 characters: the native argon2 package writes longer data= than the spec's 32 bytes.
    const m = /^([a-z0-9-]{1,32})=([A-Za-z0-9/+.-]{1,1024})$/.exec(pair);
    if (!m) throw new RangeError(`malformed PHC string: bad parameter "${pair.slice(0, 40)}"`);
    if (params.has(m[1] as string)) throw new RangeError(`malformed PHC string: parameter ${m[1]} given twice`);
    params.set(m[1] as string, m[2] as string);
  }
  const salt = phcDecode(saltText, 'salt');
  const hash = phcDecode(hashText, 'hash');
  if (hash.length === 0) throw new RangeError('malformed PHC string: empty hash');
  return { id, version, params, salt, hash };
}

/** A decimal parameter of `phc`, checked to be an integer in `[min, max]`. */
export function phcInteger(phc: Phc, name: string, min: number, max: number, fallback?: number): number {
  const text = phc.params.get(name);
  if (text === undefined) {
    if (fallback !== undefined) return fallback;
    throw new RangeError(`malformed PHC string: missing parameter ${name}`);
  }
  // Decimal without leading zeros, as the PHC format requires.
  if (!/^(0|[1-9]\d{0,15})$/.test(text)) throw new RangeError(`malformed PHC string: ${name} is not a decimal number`);
  const value = Number(text);
  if (value < min || value > max) throw new RangeError(`PHC parameter ${name} must be from ${min} to ${max}; got ${value}`);
  return value;
}

/** Fails if `phc` has parameters other than `allowed`. */
export function onlyParams(phc: Phc, allowed: readonly string[]): void {
  for (const name of phc.params.keys()) {
    if (!allowed.includes(name)) throw new RangeError(`unsupported PHC parameter for ${phc.id}: ${name}`);
  }
}
