// The one real computation per package that every matrix cell runs, and the known answers.
// Plain ESM with no Node or DOM APIs, so Node, Bun, workerd, pages, workers and every bundler
// run literally this code.

/** An 8×8 RGBA fixture: channel c of pixel (x, y) is (31x + 17y + 7c) mod 256. */
export function fixtureImage() {
  const data = new Uint8ClampedArray(8 * 8 * 4);
  for (let y = 0; y < 8; y++) for (let x = 0; x < 8; x++) for (let c = 0; c < 4; c++) data[(y * 8 + x) * 4 + c] = (31 * x + 17 * y + 7 * c) & 255;
  return { data, width: 8, height: 8 };
}

const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** RFC 9106 section 5.3's Argon2id example: a 32-byte password of 1s, salt of 2s, key and data. */
const fill = (length, byte) => new Uint8Array(length).fill(byte);
const argon2idExample = (argon2id) => argon2id(fill(32, 1), fill(16, 2), { t: 3, m: 32, p: 4, key: fill(8, 3), personalization: fill(12, 4) });
/** RFC 7914 section 12's second scrypt example. */
const scryptExample = (scrypt) => scrypt('password', 'NaCl', { N: 1024, r: 8, p: 16, dkLen: 64 });

/**
 * Runs SHA-256 of 'abc' (through crypto's root and its size-first `/lite/sha256` entry), RFC
 * 9106's Argon2id and RFC 7914's scrypt examples (through the size-first `/lite/argon2` and
 * `/lite/scrypt`, whose SIMD128 build the entry picks where it runs), a radius-1 box blur of the
 * fixture (reported as the SHA-256 of its pixels), and four physics steps. `libs` are the
 * packages (and the lite entries) as the environment loaded them.
 */
export async function workload({ crypto, imaging, physics, lite, liteArgon2, liteScrypt }) {
  await Promise.all([crypto.init(), imaging.init(), physics.init(), lite.init(), liteArgon2.init(), liteScrypt.init()]);
  const blurred = imaging.boxBlur(fixtureImage(), 1);
  const world = new physics.ParticleWorld({ gravity: [0, -10] });
  world.addParticles([0, 0, 1, 2], [1, 0, 0, 1]);
  for (let i = 0; i < 4; i++) world.step(0.25);
  const positions = Array.from(world.positions);
  world.dispose();
  return {
    sha256: hex(crypto.sha256('abc')),
    lite: hex(lite.sha256('abc')),
    liteArgon2: hex(argon2idExample(liteArgon2.argon2id)),
    liteScrypt: hex(scryptExample(liteScrypt.scrypt)),
    blur: hex(crypto.sha256(new Uint8Array(blurred.data.buffer, blurred.data.byteOffset, blurred.data.byteLength))),
    positions,
  };
}

/**
 * The answers: the NIST SHA-256 of 'abc'; RFC 9106's Argon2id tag and RFC 7914's scrypt key; the blur from an independent JS reference
 * (tests/node/imaging.test.ts checks it); positions from the closed form of semi-implicit Euler,
 * p = p0 + n·v0·dt + g·dt²·n(n+1)/2, exact in binary floating point for these inputs.
 */
export const EXPECTED = {
  sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  lite: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  liteArgon2: '0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659',
  liteScrypt:
    'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640',
  blur: '7044b6af91e4f81e2d3f3550866aa9801af5c332b07d4038cc353f703bf52154',
  positions: [1, -6.25, 1, -3.25],
};

/** Compares a workload result with EXPECTED; returns a list of differences (empty when right). */
export function differences(result) {
  return Object.keys(EXPECTED).filter((key) => JSON.stringify(result?.[key]) !== JSON.stringify(EXPECTED[key])).map((key) => `${key}: got ${JSON.stringify(result?.[key])}, expected ${JSON.stringify(EXPECTED[key])}`);
}
