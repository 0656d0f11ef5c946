import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { physicsEntries } from './entries.js';

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
});
