import { defineConfig } from 'vitest/config';

// Every test runs against the built packages (dist/ and wasm/), loaded by Node itself rather
// than transformed by Vite, exactly as a user's `import` or `require` would load them.
export default defineConfig({
  test: {
    server: { deps: { external: [/\/packages\/[^/]+\/(dist|wasm)\//] } },
    projects: [
      { extends: true, test: { name: 'node', include: ['tests/node/**/*.test.ts'], testTimeout: 60_000 } },
      { extends: true, test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 } },
      { extends: true, test: { name: 'package', include: ['tests/package/**/*.test.ts'], testTimeout: 600_000, hookTimeout: 600_000 } },
    ],
  },
});
