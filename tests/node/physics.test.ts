import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { physicsEntries } from './entries.js';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';

describe.each(physicsEntries)('@org/wasm-physics ($kind)', ({ lib }) => {
  const { ParticleWorld, StaleHandleError } = lib;

  it('follows the closed form of semi-implicit Euler under constant gravity (property)', () => {
    const finite = fc.float({ min: -100, max: 100, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(finite, finite, finite, finite), { minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 50 }), (particles, steps) => {
        const [gx, gy, dt] = [0.5, -9.81, 1 / 60];
        using world = new ParticleWorld({ gravity: [gx, gy] });
        world.addParticles(particles.flatMap(([x, y]) => [x, y]), particles.flatMap(([, , vx, vy]) => [vx, vy]));
        for (let i = 0; i < steps; i++) world.step(dt);
        const positions = world.positions;
        const velocities = world.velocities;
        return particles.every(([x, y, vx, vy], i) => {
          const n = steps;
          const px = Math.fround(x) + n * Math.fround(vx) * dt + (gx * dt * dt * n * (n + 1)) / 2;
          const py = Math.fround(y) + n * Math.fround(vy) * dt + (gy * dt * dt * n * (n + 1)) / 2;
          const close = (a: number, b: number) => Math.abs(a - b) <= 1e-3 * (1 + Math.abs(b));
          return close(positions[2 * i]!, px) && close(positions[2 * i + 1]!, py) && close(velocities[2 * i]!, Math.fround(vx) + n * gx * dt) && close(velocities[2 * i + 1]!, Math.fround(vy) + n * gy * dt);
        });
      }),
      { numRuns: 100 },
    );
  });

  it('keeps particles at rest without gravity', () => {
    using world = new ParticleWorld({ gravity: [0, 0] });
    world.addParticles(new Float32Array([1, 2, 3, 4]));
    for (let i = 0; i < 100; i++) world.step(0.01);
    expect([...world.positions]).toEqual([1, 2, 3, 4]);
  });

  it('exposes positions as a zero-copy view that step() updates and that is re-taken after growth', () => {
    using world = new ParticleWorld({ gravity: [0, -10] });
    expect(world.addParticles([0, 0])).toBe(0);
    const view = world.positions;
    world.step(0.5);
    expect(view[1]).toBeCloseTo(-2.5); // same memory, updated in place
    expect(world.positions).toBe(view); // cached while nothing moved
    expect(world.addParticles(new Float32Array(2 * 100_000))).toBe(1); // grows the Vec and likely the memory
    expect(world.count).toBe(100_001);
    expect(world.positions.length).toBe(200_002);
    expect(world.positions[1]).toBeCloseTo(-2.5);
    world.clear();
    expect(world.count).toBe(0);
    expect(world.positions.length).toBe(0);
  });

  it('rejects bad input with TypeError or RangeError naming the argument', () => {
    using world = new ParticleWorld();
    expect(() => world.addParticles([1])).toThrow(/pairs/);
    expect(() => world.addParticles([1, 2], [0])).toThrow(/velocities/);
    expect(() => world.addParticles([1, Number.NaN])).toThrow(/positions\[1\]/);
    expect(() => world.addParticles('ab' as never)).toThrow(TypeError);
    expect(() => world.step(0)).toThrow(/dt/);
    expect(() => world.step(-1)).toThrow(RangeError);
    expect(() => world.step(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => world.step('1' as never)).toThrow(TypeError);
    expect(() => new ParticleWorld({ gravity: [0] as never })).toThrow(/gravity/);
    expect(() => world.setGravity(Number.NaN, 0)).toThrow(/gravity\[0\]/);
    expect(world.count).toBe(0);
  });

  it('disposes worlds and rejects use afterwards', () => {
    const world = new ParticleWorld();
    world.dispose();
    world.dispose();
    expect(() => world.step(0.1)).toThrow(StaleHandleError);
  });

  it('checks the length of array-likes before converting them, and names the argument', () => {
    using world = new ParticleWorld();
    world.addParticles([0, 0]);
    // A billion-element array-like would take a minute and 20 GB to convert: refused from its length.
    expect(() => world.addParticles({ length: 1e9 })).toThrow(/at most 4000000 particles; positions has 500000000, room is left for 3999999/);
    expect(() => world.addParticles([0, 0], { length: 1e10 })).toThrow(/velocities has 5000000000/);
    expect(() => world.addParticles({ length: -2 })).toThrow(/positions\.length must be a whole number; got -2/);
    expect(() => world.addParticles({ length: 2.5 })).toThrow(RangeError);
    expect(() => world.addParticles([1n, 2n] as never)).toThrow(/positions must hold numbers/);
    expect(() => world.addParticles(new Float32Array([1e39, 0]))).toThrow(/positions\[0\] must be finite/); // Infinity as f32
    const subclass = new (class extends Float32Array {
      override get length(): number {
        return 4; // claims two particles; holds one
      }
    })(2);
    expect(world.addParticles(subclass)).toBe(1);
    expect(world.count).toBe(2);
    // Read by index up to the length checked: an iterator cannot supply other values.
    const iterable = { length: 2, *[Symbol.iterator]() { yield* [1, 2, 3]; } };
    expect(() => world.addParticles(iterable as never)).toThrow(/positions\[0\] must be finite/);
    expect(world.count).toBe(2);
  });

  it('says StaleHandleError if reading the input disposed the world', () => {
    const world = new ParticleWorld();
    const sneaky = {
      length: 2,
      get 0() {
        world.dispose();
        return 1;
      },
      1: 2,
    };
    expect(() => world.addParticles(sneaky)).toThrow(StaleHandleError);
  });

  it('lets a subclass extend [Symbol.dispose], which `using` calls', () => {
    let calls = 0;
    class Tracked extends ParticleWorld {
      override [Symbol.dispose](): void {
        calls++;
        super[Symbol.dispose]();
      }
    }
    {
      using tracked = new Tracked();
      tracked.addParticles([0, 0]);
    }
    expect(calls).toBe(1);
  });

  it("adds another world's particles (a view of wasm memory) and velocities as given", () => {
    using a = new ParticleWorld({ gravity: [0, 0] });
    using b = new ParticleWorld({ gravity: [0, 0] });
    a.addParticles([1, 2, 3, 4], [5, 6, 7, 8]);
    expect(b.addParticles(a.positions, a.velocities)).toBe(0);
    expect(b.addParticles(b.positions)).toBe(2); // its own view, which the add moves
    expect([...b.positions]).toEqual([1, 2, 3, 4, 1, 2, 3, 4]);
    expect([...b.velocities]).toEqual([5, 6, 7, 8, 0, 0, 0, 0]);
  });

  it('says every time that a world was lost to a panic, not that it was disposed', () => {
    const world = new ParticleWorld();
    expect(() => lib.__debugPanic('test')).toThrow(lib.WasmPanicError);
    for (let i = 0; i < 2; i++) expect(() => world.count).toThrow(/lost when the module recovered from a panic/);
    world.dispose();
    expect(() => world.count).toThrow(/was disposed/);
  });
});

describe('@org/wasm-physics out of memory', () => {
  it('refuses particles it has no memory for with WasmError, keeping every world', () => {
    // The engine's memory limit lowered to 64 MiB: the fourth million particles do not fit.
    const script = `
      const p = require('@org/wasm-physics');
      const worlds = [];
      let error;
      try {
        for (let i = 0; i < 10; i++) {
          const world = new p.ParticleWorld({ gravity: [0, 0] });
          worlds.push(world);
          world.addParticles(new Float32Array(2_000_000).fill(i), new Float32Array(2_000_000).fill(1));
        }
      } catch (e) {
        error = e;
      }
      const failed = worlds.at(-1);
      worlds.slice(0, -1).forEach((world) => world.step(0.5));
      console.log(JSON.stringify({
        name: error?.name, message: error?.message, failedCount: failed.count,
        kept: worlds.slice(0, -1).map((world, i) => [world.count, world.positions[7], world.positions[1_999_999] === i + 0.5]),
      }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['--wasm-max-mem-pages=1024', '-e', script], { encoding: 'utf8', timeout: 60_000 })) as {
      name: string;
      message: string;
      failedCount: number;
      kept: [number, number, boolean][];
    };
    expect([out.name, out.message]).toEqual(['WasmError', '@org/wasm-physics: out of memory for 1000000 particles']);
    expect(out.failedCount).toBe(0);
    expect(out.kept.length).toBeGreaterThanOrEqual(1);
    out.kept.forEach(([count, y, last], i) => expect([count, y, last]).toEqual([1_000_000, i + 0.5, true]));
  });
});

describe('@org/wasm-physics where the engine has no Symbol.dispose', () => {
  it('keys dispose by the symbol `using` lowerings fall back to, not by "undefined"', () => {
    // A fresh vm context of Node 20 has no Symbol.dispose (Node adds it to its main context only).
    const module = { exports: {} as { ParticleWorld: new () => { count: number } } };
    const context = createContext({ module, exports: module.exports, require, TextEncoder, TextDecoder, atob, FinalizationRegistry, WeakRef });
    expect(runInContext('typeof Symbol.dispose', context)).toBe('undefined');
    runInContext(readFileSync(new URL('../../packages/physics/dist/inline.cjs', import.meta.url), 'utf8'), context);
    const world = new module.exports.ParticleWorld();
    const dispose = runInContext("Symbol.for('Symbol.dispose')", context) as symbol;
    expect(Object.getOwnPropertyNames(Object.getPrototypeOf(world))).not.toContain('undefined');
    (world as unknown as Record<symbol, () => void>)[dispose]!();
    expect(() => world.count).toThrow(/disposed/);
  });
});
