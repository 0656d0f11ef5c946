import { addDispose, checkNumber, describe, Float32View, HandleCell, typedArrayBytes, typedArrayKind } from '@org/wasm-runtime';
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

  /**
   * Creates an empty world in wasm memory, with `options.gravity` or the default `[0, -9.81]`.
   *
   * @example
   * ```ts
   * const world = new ParticleWorld({ gravity: [0, -1.62] }); // the Moon
   * ```
   */
  constructor(options: WorldOptions = {}) {
    const [gx, gy] = checkGravity(options.gravity ?? [0, -9.81]);
    const module = physics.get();
    this.#cell = module.call((glue) => new HandleCell(module, 'ParticleWorld', new glue.World(gx, gy)));
  }

  /**
   * Number of particles.
   *
   * @example
   * ```ts
   * const room = MAX_PARTICLES - world.count;
   * ```
   */
  get count(): number {
    const raw = this.#cell.get();
    return physics.get().call(() => raw.len());
  }

  /**
   * Adds particles in one call and returns the index of the first one added. The values are
   * checked (lengths, the particle limit, finite as 32-bit floats) before anything is converted
   * or added, and written straight into the world's memory; nothing is added on error.
   *
   * @param positions Interleaved `[x0, y0, x1, y1, …]`.
   * @param velocities Interleaved like `positions`, same length; zero when omitted.
   * @throws {RangeError} for odd or mismatched lengths, non-finite values, or more than
   *   {@link MAX_PARTICLES} particles in the world; {@link WasmError} if the memory for them
   *   cannot be allocated (the world and its particles are kept).
   * @example
   * ```ts
   * const first = world.addParticles([0, 10, 5, 10], [1, 0, -1, 0]); // two particles
   * ```
   */
  addParticles(positions: Float32Array | ArrayLike<number>, velocities?: Float32Array | ArrayLike<number>): number {
    const module = physics.get();
    const current = this.#cell.get();
    const memory = module.memory().buffer;
    const room = MAX_PARTICLES - module.call(() => current.len());
    const p = floatsOf(positions, 'positions', memory, room);
    const v = velocities === undefined ? undefined : floatsOf(velocities, 'velocities', memory, room);
    if (v && v.length !== p.length) throw new RangeError(`velocities must have as many numbers as positions (${p.length}); got ${v.length}`);
    checkFinite(p, 'positions');
    if (v) checkFinite(v, 'velocities');
    const count = p.length / 2;
    const target = this.#cell.get(); // again: converting the input may have run code that disposed it
    return module.call((glue) => {
      const first = target.addZeroed(count);
      try {
        // Read the buffer after the add: it may have grown the memory.
        const buffer = glue.wasmMemory().buffer;
        new Float32Array(buffer, target.positionsPtr() + first * 8, count * 2).set(p);
        if (v) new Float32Array(buffer, target.velocitiesPtr() + first * 8, count * 2).set(v);
      } catch (error) {
        target.truncate(first);
        throw error;
      }
      return first;
    });
  }

  /**
   * Advances the world by `dt` seconds (0 < dt ≤ {@link MAX_TIME_STEP}). The state is 32-bit
   * floats: a position or velocity driven past ±3.4 × 10³⁸ becomes infinite, and such a world's
   * own `positions` are then refused by `addParticles`.
   *
   * @example
   * ```ts
   * world.step(1 / 60);
   * ```
   */
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
   *
   * @example
   * ```ts
   * const xy = world.positions;
   * for (let i = 0; i < xy.length; i += 2) ctx.fillRect(xy[i], xy[i + 1], 1, 1);
   * ```
   */
  get positions(): Float32Array {
    const raw = this.#cell.get();
    return physics.get().call(() => this.#positions.get(raw.positionsPtr(), raw.len() * 2));
  }

  /**
   * The velocities, as a zero-copy view with the same rules as {@link ParticleWorld.positions}.
   *
   * @example
   * ```ts
   * const speed0 = Math.hypot(world.velocities[0], world.velocities[1]);
   * ```
   */
  get velocities(): Float32Array {
    const raw = this.#cell.get();
    return physics.get().call(() => this.#velocities.get(raw.velocitiesPtr(), raw.len() * 2));
  }

  /**
   * Changes the gravity applied by later steps.
   *
   * @example
   * ```ts
   * world.setGravity(0, 0); // weightless
   * ```
   */
  setGravity(x: number, y: number): void {
    const [gx, gy] = checkGravity([x, y]);
    const raw = this.#cell.get();
    physics.get().call(() => raw.setGravity(gx, gy));
  }

  /**
   * Removes every particle. The world keeps the memory they used, for the next ones; `dispose()`
   * frees it.
   *
   * @example
   * ```ts
   * world.clear();
   * ```
   */
  clear(): void {
    const raw = this.#cell.get();
    physics.get().call(() => raw.clear());
  }

  /**
   * Frees the world's wasm memory; the world cannot be used afterwards. Safe to call twice.
   *
   * @example
   * ```ts
   * world.dispose(); // or: using world = new ParticleWorld();
   * ```
   */
  dispose(): void {
    this.#cell.dispose();
  }

}

// `[Symbol.dispose]` is added at run time (see addDispose) and typed here, as a method.
export interface ParticleWorld {
  /** Same as `dispose()`, for `using world = new ParticleWorld()`. */
  [Symbol.dispose](): void;
}
addDispose(ParticleWorld);

function checkGravity(gravity: readonly [number, number]): [number, number] {
  if (!Array.isArray(gravity) || gravity.length !== 2) {
    throw new TypeError(`gravity must be an [x, y] pair; got ${describe(gravity)}`);
  }
  return [checkNumber(gravity[0], 'gravity[0]', -1e6, 1e6), checkNumber(gravity[1], 'gravity[1]', -1e6, 1e6)];
}

/**
 * `values` as a Float32Array, after checking its length: a whole number of `x, y` pairs, at most
 * `room` particles. A Float32Array is used as it is (read through its internal slots), unless it
 * is a view of wasm memory (like `world.positions`), which the add could move or detach: that one
 * is copied. Anything else is converted only once its length is known to be acceptable.
 */
function floatsOf(values: Float32Array | ArrayLike<number>, name: string, memory: ArrayBufferLike, room: number): Float32Array {
  if (typedArrayKind(values) === 'Float32Array') {
    const bytes = typedArrayBytes(values as Float32Array, name);
    checkLength(bytes.length / 4, name, room);
    const floats = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
    return bytes.buffer === memory ? floats.slice() : floats;
  }
  if (typeof values !== 'object' || values === null || typeof values.length !== 'number') {
    throw new TypeError(`${name} must be a Float32Array or an array of numbers; got ${describe(values)}`);
  }
  const length = values.length;
  checkLength(length, name, room);
  // By index, up to the length checked (an iterator or a growing array cannot add more).
  const floats = new Float32Array(length);
  try {
    for (let i = 0; i < length; i++) floats[i] = values[i]!;
  } catch (error) {
    throw new TypeError(`${name} must hold numbers: ${(error as Error).message}`, { cause: error });
  }
  return floats;
}

function checkLength(length: number, name: string, room: number): void {
  if (!Number.isInteger(length) || length < 0) throw new RangeError(`${name}.length must be a whole number; got ${length}`);
  if (length % 2 !== 0) throw new RangeError(`${name} must hold x, y pairs; got ${length} numbers`);
  if (length / 2 > room) {
    throw new RangeError(`a world holds at most ${MAX_PARTICLES} particles; ${name} has ${length / 2}, room is left for ${room}`);
  }
}

function checkFinite(values: Float32Array, name: string): void {
  for (let i = 0; i < values.length; i++) {
    if (!Number.isFinite(values[i])) throw new RangeError(`${name}[${i}] must be finite; got ${values[i]}`);
  }
}
