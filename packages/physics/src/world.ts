import { checkNumber, describe, Float32View, HandleCell } from '@org/wasm-runtime';
import { physics, type PhysicsGlue } from './binding.js';

/**
 * Most particles one world holds (the Rust core enforces the same limit).
 *
 * @example
 * ```ts
 * import { MAX_PARTICLES } from '@org/wasm-physics';
 * const room = MAX_PARTICLES - world.count;
 * ```
 */
export const MAX_PARTICLES = 4_000_000;

/**
 * Largest time step accepted by `step()`, in seconds.
 *
 * @example
 * ```ts
 * import { MAX_TIME_STEP } from '@org/wasm-physics';
 * world.step(Math.min(elapsedSeconds, MAX_TIME_STEP));
 * ```
 */
export const MAX_TIME_STEP = 1;

type RawWorld = InstanceType<PhysicsGlue['World']>;

/**
 * Options for a new {@link ParticleWorld}.
 *
 * @example
 * ```ts
 * import { ParticleWorld, type WorldOptions } from '@org/wasm-physics';
 * const options: WorldOptions = { gravity: [0, 0] }; // no gravity
 * const world = new ParticleWorld(options);
 * ```
 */
export interface WorldOptions {
  /** Acceleration applied to every particle, `[x, y]` (default `[0, -9.81]`). */
  readonly gravity?: readonly [number, number];
}

/**
 * A 2D world of point particles under uniform gravity, integrated with semi-implicit Euler
 * (`v += g·dt; p += v·dt`). Particles live in wasm memory; {@link ParticleWorld.positions} is a
 * zero-copy view of them. Call `dispose()` (or use `using`) when done.
 *
 * @example
 * ```ts
 * import { ParticleWorld } from '@org/wasm-physics';
 * using world = new ParticleWorld({ gravity: [0, -9.81] });
 * world.addParticles(new Float32Array([0, 10, 5, 10]));
 * for (let i = 0; i < 60; i++) world.step(1 / 60);
 * console.log(world.positions); // Float32Array [x0, y0, x1, y1]
 * ```
 */
export class ParticleWorld {
  readonly #cell: HandleCell<RawWorld>;
  readonly #positions = new Float32View(physics.get());
  readonly #velocities = new Float32View(physics.get());

  /** Creates an empty world in wasm memory, with `options.gravity` or the default `[0, -9.81]`. */
  constructor(options: WorldOptions = {}) {
    const [gx, gy] = checkGravity(options.gravity ?? [0, -9.81]);
    const module = physics.get();
    this.#cell = module.call((glue) => new HandleCell(module, 'ParticleWorld', new glue.World(gx, gy)));
  }

  /** Number of particles. */
  get count(): number {
    const raw = this.#cell.get();
    return physics.get().call(() => raw.len());
  }

  /**
   * Adds particles in one call and returns the index of the first one added.
   *
   * @param positions Interleaved `[x0, y0, x1, y1, …]`.
   * @param velocities Interleaved like `positions`, same length; zero when omitted.
   */
  addParticles(positions: Float32Array | ArrayLike<number>, velocities?: Float32Array | ArrayLike<number>): number {
    const memory = physics.get().memory().buffer;
    const p = toFloat32(positions, 'positions', memory);
    const v = velocities === undefined ? new Float32Array(p.length) : toFloat32(velocities, 'velocities', memory);
    if (p.length % 2 !== 0) throw new RangeError(`positions must hold x, y pairs; got ${p.length} numbers`);
    if (v.length !== p.length) throw new RangeError(`velocities must have as many numbers as positions (${p.length}); got ${v.length}`);
    checkFinite(p, 'positions');
    checkFinite(v, 'velocities');
    const raw = this.#cell.get();
    if (raw.len() + p.length / 2 > MAX_PARTICLES) throw new RangeError(`a world holds at most ${MAX_PARTICLES} particles`);
    return physics.get().call(() => raw.add(p, v));
  }

  /** Advances the world by `dt` seconds (0 < dt ≤ {@link MAX_TIME_STEP}). */
  step(dt: number): void {
    checkNumber(dt, 'dt', 0, MAX_TIME_STEP, true);
    if (Math.fround(dt) === 0) throw new RangeError(`dt must be at least the smallest 32-bit float; got ${dt}`);
    const raw = this.#cell.get();
    physics.get().call(() => raw.step(dt));
  }

  /**
   * The positions `[x0, y0, x1, y1, …]` as a zero-copy view into wasm memory. `step()` updates
   * it in place and keeps it valid. Any other call into this package (adding particles to this or
   * another world, creating a world…) may move the storage, after which an old view shows stale or
   * freed memory (or is empty, if the memory grew): read this property again afterwards (it is
   * cheap). Copy it (`positions.slice()`) to keep a snapshot.
   */
  get positions(): Float32Array {
    const raw = this.#cell.get();
    return physics.get().call(() => this.#positions.get(raw.positionsPtr(), raw.len() * 2));
  }

  /** The velocities, as a zero-copy view with the same rules as {@link ParticleWorld.positions}. */
  get velocities(): Float32Array {
    const raw = this.#cell.get();
    return physics.get().call(() => this.#velocities.get(raw.velocitiesPtr(), raw.len() * 2));
  }

  /** Changes the gravity applied by later steps. */
  setGravity(x: number, y: number): void {
    const [gx, gy] = checkGravity([x, y]);
    const raw = this.#cell.get();
    physics.get().call(() => raw.setGravity(gx, gy));
  }

  /** Removes every particle. */
  clear(): void {
    const raw = this.#cell.get();
    physics.get().call(() => raw.clear());
  }

  /** Frees the world's wasm memory; the world cannot be used afterwards. Safe to call twice. */
  dispose(): void {
    this.#cell.dispose();
  }

  /** Same as `dispose()`, for `using world = new ParticleWorld()`. */
  [Symbol.dispose](): void {
    this.dispose();
  }
}

function checkGravity(gravity: readonly [number, number]): [number, number] {
  if (!Array.isArray(gravity) || gravity.length !== 2) {
    throw new TypeError(`gravity must be an [x, y] pair; got ${describe(gravity)}`);
  }
  return [checkNumber(gravity[0], 'gravity[0]', -1e6, 1e6), checkNumber(gravity[1], 'gravity[1]', -1e6, 1e6)];
}

/** `values` as a Float32Array; copied if it is a view of wasm memory (like `world.positions`),
 * which the glue's allocation for the call could grow and so detach mid-copy. */
function toFloat32(values: Float32Array | ArrayLike<number>, name: string, memory: ArrayBufferLike): Float32Array {
  if (values instanceof Float32Array) return values.buffer === memory ? values.slice() : values;
  if (typeof values !== 'object' || values === null || typeof values.length !== 'number') {
    throw new TypeError(`${name} must be a Float32Array or an array of numbers; got ${describe(values)}`);
  }
  return Float32Array.from(values);
}

function checkFinite(values: Float32Array, name: string): void {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) throw new RangeError(`${name}[${i}] must be finite; got ${values[i]}`);
  }
}
