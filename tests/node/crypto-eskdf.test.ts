// ESKDF (`@org/wasm-crypto/eskdf`) against @noble/hashes' own ESKDF vectors and the expectations of
// its test file. Each main seed costs a 512 MiB scrypt, so the full seed set runs on the ESM entry
// and the CommonJS entry gets one.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hex } from './entries.js';

type Eskdf = typeof import('@org/wasm-crypto/eskdf');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const require = createRequire(import.meta.url);
const VECTORS: Json = JSON.parse(readFileSync(new URL('../fixtures/crypto/eskdf.json', import.meta.url), 'utf8'));
const entries: { kind: string; lib: Eskdf }[] = [
  { kind: 'esm', lib: (await import('@org/wasm-crypto/eskdf')) as Eskdf },
  { kind: 'cjs', lib: require('@org/wasm-crypto/eskdf') as Eskdf },
];

describe.each(entries)('@org/wasm-crypto/eskdf ($kind)', ({ kind, lib }) => {
  // One keychain for the two tests of noble's 'test@test.com' expectations (each costs a second).
  let shared: ReturnType<Eskdf['eskdf']> | undefined;
  const testKeys = () => (shared ??= lib.eskdf('test@test.com', 'test2test'));
  const seeds = kind === 'esm' ? VECTORS.derive_main_seed.valid : VECTORS.derive_main_seed.valid.slice(0, 1);

  it.each(seeds.map((v: Json) => [v.username, v]) as [string, Json][])('main seed of %j: fingerprint', async (_name, v: Json) => {
    const keys = await lib.eskdf(v.username, v.password);
    try {
      expect(keys.fingerprint).toBe(v.fingerprint);
    } finally {
      keys.expire();
    }
  });

  it('deriveMainSeed (synchronous) gives the vector’s seed', () => {
    const v = VECTORS.derive_main_seed.valid[0];
    expect(hex(lib.deriveMainSeed(v.username, v.password))).toBe(v.output);
  });

  it('says TypeError for wrong types and RangeError for bad values', async () => {
    await expect(lib.eskdf(123 as never, 'password1')).rejects.toThrow(TypeError);
    await expect(lib.eskdf('username', new Uint8Array(10) as never)).rejects.toThrow(TypeError);
    await expect(lib.eskdf('short', 'password1')).rejects.toThrow(RangeError);
    expect(() => lib.deriveMainSeed(null as never, 'password1')).toThrow(TypeError);
    const keys = await testKeys();
    expect(() => keys.deriveChildKey('aes', 1.5)).toThrow(RangeError);
    expect(() => keys.deriveChildKey('aes', -1)).toThrow(RangeError);
    expect(() => keys.deriveChildKey('aes', 'name')).toThrow(TypeError); // text accounts only for ssh, tor, file, password…
    expect(() => keys.deriveChildKey('aes', 0, { modulus: 65537 } as never)).toThrow(TypeError);
    expect(() => keys.deriveChildKey('aes', 0, { keyLength: '32' } as never)).toThrow(TypeError);
    expect(() => keys.deriveChildKey('aes', 0, { keyLength: 8161 })).toThrow(/8160/);
    expect(keys.deriveChildKey('aes', 0, { keyLength: 8160 })).toHaveLength(8160);
  });

  it.each(VECTORS.derive_main_seed.invalid.map((v: Json) => [JSON.stringify(v), v]) as [string, Json][])('rejects the credentials %s', async (_name, v: Json) => {
    await expect(lib.eskdf(v.username, v.password)).rejects.toThrow(Error);
    expect(() => lib.deriveMainSeed(v.username, v.password)).toThrow(Error);
  });

  it('child keys: the vectors, bad protocols and accounts, options and expiry', async () => {
    const { username, password, fingerprint } = VECTORS.derive_child_key.seed;
    const keys = await lib.eskdf(username, password);
    try {
      expect(keys.fingerprint).toBe(fingerprint);
      for (const v of VECTORS.derive_child_key.valid) {
        const options = v.key_length != null ? { keyLength: v.key_length } : v.modulus != null ? { modulus: BigInt(`0x${v.modulus}`) } : undefined;
        expect(hex(keys.deriveChildKey(v.protocol, v.account_id, options)), JSON.stringify(v)).toBe(v.output);
      }
      for (const v of VECTORS.derive_child_key.invalid) {
        expect(() => keys.deriveChildKey(v.protocol, v.account_id), JSON.stringify(v)).toThrow(Error);
      }
      expect(() => keys.deriveChildKey('aes', 0, { keyLength: 64, modulus: 65537n } as never)).toThrow(TypeError);
    } finally {
      keys.expire();
    }
    expect(() => keys.deriveChildKey('aes', 0)).toThrow(/expired/);
  });

  it('child key types, lengths, moduli and protocol names (noble’s expectations)', async () => {
    const keys = await testKeys();
    expect(hex(keys.deriveChildKey('ssh', 'test'))).toBe('3bc39ad06a15d4867aaa53f4025077ecca7cd33b3f5b9da131b50586601726fa');
    expect(hex(keys.deriveChildKey('ssh', 0))).toBe('d7b14774e815d429e75b5f366b0df4eff32343e94f1b30a5e12eaab682974667');
    expect(hex(keys.deriveChildKey('ssh', 0, { keyLength: 16 }))).toBe('d7b14774e815d429e75b5f366b0df4ef');
    expect(hex(keys.deriveChildKey('ssh', 0, { modulus: 2n ** 128n - 1n }))).toBe('e75b5f366b0df4f1a285d2d31f46d8f8');
    expect(keys.deriveChildKey('ssh', 0, { modulus: 2n ** 56n })).toHaveLength(8); // the smallest noble takes
    const refused: [string, unknown, unknown][] = [
      ['ssh', 'test', { keyLength: 1, modulus: 1 }],
      ['ssh', 'test', {}],
      ['ssh', 'test', { modulus: -1n }],
      ['ssh', 'test', { modulus: 1n }],
      ['ssh', 'test', { modulus: 129n }], // noble needs a key of 16 bytes or more: a modulus of 2^56 or more
      ['ssh', 'test', { modulus: 2n ** 56n - 1n }],
      ['ssh', 'test', { modulus: -(2n ** 100n) }],
      ['ssh', '', undefined],
      ['ssh', '1'.repeat(256), undefined],
      ['tmp', 'test', undefined],
      ['ssh', true, undefined],
      ['ssh', 100n, undefined],
      ['ssh', new Uint8Array(10), undefined],
      ['assh', 'acct', undefined],
      ['mentor', 'acct', undefined],
      ['profile', 'acct', undefined],
      ['xsshx', 'acct', undefined],
    ];
    for (const [protocol, account, options] of refused) {
      expect(() => keys.deriveChildKey(protocol, account as never, options as never), `${protocol} ${String(account)}`).toThrow(Error);
    }
    for (const protocol of ['ssh', 'tor', 'file', 'password123']) expect(keys.deriveChildKey(protocol, 'acct')).toHaveLength(32);
    keys.expire();
    expect(() => keys.deriveChildKey('ssh', 0)).toThrow(Error);
  });
});
