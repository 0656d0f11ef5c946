// `pnpm bench`: our packages next to their peers, in one process, with ratios. Speed goals live
// here, not in timed tests. Each row runs until ~0.5 s has passed after a warm-up, so V8 has
// tiered the code up; MB/s counts input bytes.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { createSHA256 } from 'hash-wasm';
import { sha256, sha256Batch } from '@org/wasm-crypto';
import { boxBlur, grayscale } from '@org/wasm-imaging';
import photon from '@silvia-odwyer/photon-node';

function measure(run, bytesPerRun) {
  for (const end = performance.now() + 150; performance.now() < end; ) run(); // warm-up
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < 500) {
    run();
    runs++;
  }
  const seconds = (performance.now() - start) / 1000;
  return (runs * bytesPerRun) / seconds / 1e6;
}

const bytes = (n) => new Uint8Array(n).map((_, i) => (i * 2654435761) >>> 24);

async function sha256Rows() {
  const hashWasm = await createSHA256();
  const hashWasmOnce = (data) => hashWasm.init().update(data).digest('binary');
  const rows = [];
  for (const size of [64, 4096, 1 << 20]) {
    const data = bytes(size);
    rows.push({
      name: `SHA-256 ${size >= 1 << 20 ? '1 MiB' : size >= 4096 ? '4 KiB' : '64 B'}`,
      ours: measure(() => sha256(data), size),
      'hash-wasm': measure(() => hashWasmOnce(data), size),
      noble: measure(() => nobleSha256(data), size),
      'node:crypto': measure(() => createHash('sha256').update(data).digest(), size),
    });
  }
  const count = 10_000;
  const packed = bytes(64 * count);
  const offsets = Uint32Array.from({ length: count + 1 }, (_, i) => i * 64);
  const messages = Array.from({ length: count }, (_, i) => packed.subarray(64 * i, 64 * i + 64));
  rows.push({
    name: 'SHA-256 64 B × 10 000 batched',
    ours: measure(() => sha256Batch({ data: packed, offsets }), packed.length),
    'hash-wasm': measure(() => messages.forEach(hashWasmOnce), packed.length),
    noble: measure(() => messages.forEach((m) => nobleSha256(m)), packed.length),
    'node:crypto': measure(() => messages.forEach((m) => createHash('sha256').update(m).digest()), packed.length),
  });
  return rows;
}

/**
 * Filters on a 1024×1024 RGBA image against photon, each taking and returning plain pixels (for
 * photon that includes building its PhotonImage and reading the pixels back, as a user would).
 * photon's `box_blur` is a fixed 3×3 box, so it is compared with our radius 1.
 */
function imagingRows() {
  const [width, height] = [1024, 1024];
  const pixels = bytes(width * height * 4);
  const image = { data: new Uint8ClampedArray(pixels.buffer), width, height };
  const viaPhoton = (filter) => () => {
    const photonImage = new photon.PhotonImage(pixels, width, height);
    filter(photonImage);
    photonImage.get_raw_pixels();
    photonImage.free();
  };
  return [
    { name: 'grayscale, 1 MP', ours: measure(() => grayscale(image), pixels.length), photon: measure(viaPhoton(photon.grayscale), pixels.length) },
    { name: 'box blur 3×3, 1 MP', ours: measure(() => boxBlur(image, 1), pixels.length), photon: measure(viaPhoton(photon.box_blur), pixels.length) },
  ];
}

/** Physics' SIMD and baseline builds, each in its own process (the build is chosen at load). */
function physicsRows() {
  const script = `
    const { ParticleWorld } = require('@org/wasm-physics');
    const out = {};
    for (const n of [10000, 1000000]) {
      const world = new ParticleWorld();
      world.addParticles(new Float32Array(2 * n).map((_, i) => i % 100));
      const iters = Math.round(5e7 / n);
      for (let i = 0; i < iters; i++) world.step(0.01);
      const t = performance.now();
      for (let i = 0; i < iters; i++) world.step(0.01);
      out[n] = (n * iters) / ((performance.now() - t) / 1000) / 1e6;
      world.dispose();
    }
    console.log(JSON.stringify(out));`;
  const run = (simd) => JSON.parse(spawnSync(process.execPath, ['-e', script], { env: { ...process.env, ORG_WASM_SIMD: simd }, encoding: 'utf8' }).stdout);
  const [simd, baseline] = [run('1'), run('0')];
  return Object.keys(simd).map((n) => ({ name: `particles step, ${Number(n).toLocaleString('en')} particles`, ours: simd[n], baseline: baseline[n] }));
}

function print(title, rows, unit) {
  const peers = Object.keys(rows[0]).filter((key) => key !== 'name' && key !== 'ours');
  console.log(`\n${title} (${unit}; ratio = ours ÷ peer, > 1 means we are faster)`);
  console.log(['', 'ours', ...peers].map((h, i) => (i === 0 ? h.padEnd(44) : h.padStart(20))).join(''));
  for (const row of rows) {
    const cells = peers.map((peer) => `${row[peer].toFixed(0)} (${(row.ours / row[peer]).toFixed(2)}×)`);
    console.log([row.name.padEnd(44), row.ours.toFixed(0).padStart(20), ...cells.map((c) => c.padStart(20))].join(''));
  }
}

print('@org/wasm-crypto vs peers', await sha256Rows(), 'MB/s');
print('@org/wasm-imaging vs photon', imagingRows(), 'MB/s of RGBA');
print('@org/wasm-physics SIMD128 vs baseline build', physicsRows(), 'M particles/s');
