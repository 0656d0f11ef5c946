// A short tour of the three packages from Node: hashing and password storage, an image filter and
// a particle world.
import { blake3, crc32, hashPassword, hmac, sha256, sha256Batch, sha3_256, sha512, verifyPassword } from '@org/wasm-crypto';
import { sha256 as liteSha256 } from '@org/wasm-crypto/lite/sha256';
import { bcrypt as liteBcrypt, bcryptVerify as liteBcryptVerify } from '@org/wasm-crypto/lite/bcrypt';
import { boxBlur, grayscale, wasmInfo as imagingInfo } from '@org/wasm-imaging';
import { ParticleWorld, wasmInfo as physicsInfo } from '@org/wasm-physics';

const hex = (bytes) => Buffer.from(bytes).toString('hex');

console.log('@org/wasm-crypto');
console.log(`  sha256("abc")            ${hex(sha256('abc'))}`);
console.log(`  lite/sha256 (same hash)  ${hex(liteSha256('abc'))}`);
console.log(`  sha512("abc")            ${hex(sha512('abc')).slice(0, 64)}…`);
console.log(`  hmac(sha256, key, msg)   ${hex(hmac(sha256, 'key', 'The quick brown fox jumps over the lazy dog'))}`);
const count = 100_000;
const data = new Uint8Array(count * 64).map((_, i) => i);
const offsets = Uint32Array.from({ length: count + 1 }, (_, i) => i * 64);
let start = performance.now();
const digests = sha256Batch({ data, offsets });
let ms = performance.now() - start;
console.log(`  sha256Batch              ${count} × 64-byte messages in ${ms.toFixed(1)} ms (${digests.length} digest bytes)`);
console.log(`  sha3_256("abc")          ${hex(sha3_256('abc'))}`);
console.log(`  blake3("abc")            ${hex(blake3('abc'))}`);
console.log(`  crc32("123456789")       ${hex(crc32('123456789'))}`);
start = performance.now();
const stored = hashPassword('correct horse battery staple');
ms = performance.now() - start;
console.log(`  hashPassword (Argon2id)  ${stored} (${ms.toFixed(0)} ms)`);
console.log(`  verifyPassword           right: ${verifyPassword(stored, 'correct horse battery staple')}, wrong: ${verifyPassword(stored, 'Tr0ub4dor&3')}`);
const bcrypted = liteBcrypt('correct horse battery staple', { cost: 10 });
console.log(`  lite/bcrypt (cost 10)    ${bcrypted}, verifies: ${liteBcryptVerify('correct horse battery staple', bcrypted)}`);

console.log('\n@org/wasm-imaging', `(${imagingInfo().variant} build)`);
const [width, height] = [48, 12];
const pixels = new Uint8ClampedArray(width * height * 4);
for (let y = 0; y < height; y++) {
  for (let x = 0; x < width; x++) {
    const on = (Math.floor(x / 6) + Math.floor(y / 6)) % 2 === 0;
    pixels.set(on ? [255, 220, 80, 255] : [20, 20, 60, 255], (y * width + x) * 4);
  }
}
const image = { data: pixels, width, height };
const shades = ' .:-=+*#%@';
const ascii = (img) =>
  Array.from({ length: img.height }, (_, y) =>
    Array.from({ length: img.width }, (_, x) => shades[Math.floor((img.data[(y * img.width + x) * 4] / 256) * shades.length)]).join(''),
  );
const before = ascii(grayscale(image));
const after = ascii(boxBlur(grayscale(image), 2));
console.log('  grayscale' + ' '.repeat(width - 7) + 'then boxBlur(radius 2)');
before.forEach((row, i) => console.log(`  ${row}  ${after[i]}`));

console.log('\n@org/wasm-physics', `(${physicsInfo().variant} build)`);
const world = new ParticleWorld({ gravity: [0, -9.81] });
const n = 5;
world.addParticles(
  Float32Array.from({ length: 2 * n }, (_, i) => (i % 2 === 0 ? 0 : 10)),
  Float32Array.from({ length: 2 * n }, (_, i) => (i % 2 === 0 ? 1 + Math.floor(i / 2) : 0)),
);
const positions = world.positions; // a zero-copy view; step() updates it in place
start = performance.now();
for (let t = 0; t < 60; t++) world.step(1 / 60);
ms = performance.now() - start;
console.log(`  5 particles thrown sideways from 10 m, after 1 s (60 steps, ${ms.toFixed(2)} ms):`);
for (let i = 0; i < n; i++) console.log(`    #${i}  x = ${positions[2 * i].toFixed(3)} m   y = ${positions[2 * i + 1].toFixed(3)} m`);
world.dispose();
console.log('\ndemo: done');
