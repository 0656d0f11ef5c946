// `pnpm bench`: our packages next to their peers, in one process, with ratios. Speed goals live
// here, not in timed tests. Each throughput row runs until ~0.5 s has passed after a warm-up, so
// V8 has tiered the code up; MB/s counts input bytes. Calls of 64 MiB and the KDFs run a few times
// only (ms per call), and cold starts run in fresh processes (scripts/bench-crypto.mjs). A peer
// that is missing or fails shows a text cell instead of a number. A markdown summary comes last.
import { spawnSync } from 'node:child_process';
import { boxBlur, grayscale } from '@org/wasm-imaging';
import photon from '@silvia-odwyer/photon-node';
import { bytes, freshProcessRows, hashRows, kdfRows, measure } from './bench-crypto.mjs';

const benchStart = performance.now();
const progress = (section) => (label) => process.stderr.write(`  ${section}: ${label}…\n`);

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

const sections = [];

/**
 * Prints one section: a number per cell (MB/s or M particles/s: higher is better; ms: lower is
 * better) and our ratio to each peer, peer time ÷ our time, so > 1 always means we are faster.
 */
function print(title, rows, unit) {
  const peers = [...new Set(rows.flatMap((row) => Object.keys(row)))].filter((key) => !['name', 'ours', 'unit'].includes(key));
  const formatted = rows.map((row) => ({
    name: row.name,
    ours: format(row.ours),
    peers: peers.map((peer) => {
      const [value, base] = [row[peer], row.ours];
      if (typeof value !== 'number') return value ?? '—';
      if (typeof base !== 'number') return format(value);
      const ratio = (row.unit ?? unit) === 'ms' ? value / base : base / value;
      return `${format(value)} (${ratio.toFixed(2)}×)`;
    }),
  }));
  sections.push({ title, unit, peers, rows: formatted });
  const better = unit === 'ms' ? 'ratio = peer ms ÷ ours' : 'ratio = ours ÷ peer';
  console.log(`\n${title} (${unit}; ${better}, > 1 means we are faster)`);
  const nameWidth = Math.max(...formatted.map((row) => row.name.length)) + 2;
  const widths = ['ours', ...peers].map((h, i) => Math.max(h.length, ...formatted.map((row) => (i === 0 ? row.ours : row.peers[i - 1]).length)) + 3);
  const line = (name, cells) => name.padEnd(nameWidth) + cells.map((c, i) => c.padStart(widths[i])).join('');
  console.log(line('', ['ours', ...peers]));
  for (const row of formatted) console.log(line(row.name, [row.ours, ...row.peers]));
}

function format(value) {
  if (typeof value !== 'number') return String(value ?? '—');
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

/** All sections again as markdown tables, to paste into a README. */
function printMarkdown() {
  console.log('\n## Summary (markdown)');
  for (const { title, unit, peers, rows } of sections) {
    const ratio = unit === 'ms' ? 'peer ms ÷ our ms' : 'our rate ÷ peer rate';
    console.log(`\n**${title}** — ${unit}; (×) = ${ratio}, > 1 means we are faster\n`);
    console.log(`| | ours | ${peers.join(' | ')} |`);
    console.log(`|---|---:|${peers.map(() => '---:').join('|')}|`);
    for (const row of rows) console.log(`| ${row.name} | ${row.ours} | ${row.peers.join(' | ')} |`);
  }
}

/** Runs one section; if it fails as a whole, says so and goes on with the next. */
async function section(title, unit, rows) {
  try {
    print(title, await rows(), unit);
  } catch (error) {
    console.log(`\n${title}: failed: ${error?.stack ?? error}`);
  }
}

await section('@org/wasm-crypto hashes vs peers', 'MB/s', () => hashRows(progress('hashes')));
await section('@org/wasm-crypto KDFs and password hashes vs peers', 'ms', () => kdfRows(progress('KDFs')));
const fresh = freshProcessRows(progress('fresh processes'));
await section('@org/wasm-crypto cold start in a fresh process', 'ms', async () => [(await fresh)[0]]);
await section('@org/wasm-crypto first call in a fresh process', 'MB/s', async () => [(await fresh)[1]]);
await section('@org/wasm-imaging vs photon', 'MB/s of RGBA', imagingRows);
await section('@org/wasm-physics SIMD128 vs baseline build', 'M particles/s', physicsRows);
printMarkdown();
console.log(`\nbench took ${((performance.now() - benchStart) / 1000).toFixed(0)} s`);
