import { fileURLToPath } from 'node:url'

import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      'server-only': fileURLToPath(
        new URL('./tests/unit/support/server-only-stub.ts', import.meta.url),
      ),
    },
  },
  test: {
    // Playwright's *.spec.ts files live in tests/e2e and must not be collected here.
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
})
