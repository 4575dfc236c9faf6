import { defineConfig } from 'vitest/config';
import AuditLast from './test/support/sequencer';

// Local tooling runs on the machine's Node 20; deployed functions run Node 24.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

export default defineConfig({
  test: {
    // the write audit reads what every other file did: it runs last (a root option: projects ignore their own)
    sequence: { sequencer: AuditLast },
    // two files at a time whatever the machine (Vitest's default is one less than the cores: one, on two), each
    // integration file on its worker's own stack: the stacks spend much of their time waiting (emails, timers)
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // stores read their configuration at import; unit tests touch no service
          env: {
            TABLE_NAME: 'unit',
            PUBLIC_BASE_URL: 'https://partners.example.com',
            CURSOR_SECRET: 'unit-tests-only-cursor-secret-0123456789',
          },
        },
      },
      { test: { name: 'infra', include: ['test/infra/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 } },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          // one local stack per worker; a file has its worker's stack to itself (it may move its clock)
          globalSetup: ['test/support/global-setup.ts'],
          setupFiles: ['test/support/lease.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
