import { defineConfig } from 'vitest/config';
import AuditLast from './test/support/sequencer';

// Local tooling runs on the machine's Node 20; deployed functions run Node 24.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

/** Files that move the stack's clock or break its services, and one more to balance the lanes (customers). */
const timeLane = [
  'test/integration/effects.test.ts',
  'test/integration/proof.test.ts',
  'test/integration/partners.test.ts',
  'test/integration/direct-bill.test.ts',
  'test/integration/enrollment.test.ts',
  'test/integration/users.test.ts',
  'test/integration/timeline.test.ts',
  'test/integration/walk-through.test.ts',
  'test/integration/identity.test.ts',
  'test/e2e/pages.test.ts',
  'test/integration/customers.test.ts',
];
const audit = 'test/integration/one-transaction.audit.test.ts';

function integrationLane(name: string, files: { include?: string[]; exclude?: string[] }) {
  return {
    test: {
      name,
      include: files.include ? [...files.include, audit] : ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
      exclude: files.exclude ?? [],
      globalSetup: ['test/support/global-setup.ts'],
      testTimeout: 60_000,
      hookTimeout: 120_000,
      fileParallelism: false,
    },
  };
}

export default defineConfig({
  test: {
    // the write audit reads what every other file did: it runs last (a root option: projects ignore their own)
    sequence: { sequencer: AuditLast },
    // two at a time whatever the machine (Vitest's default is one less than the cores: one, on two cores), so
    // the two integration lanes run side by side; their stacks mostly wait on each other's emulators
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
      // Two lanes, each on its own local stack, side by side; within a lane, files take turns. The files that
      // move a stack's clock or break its services (email outages, faults, a paused stream) share one lane, so
      // nothing else sees their time; the rest (and the browser tests) take the other. Each lane ends with the
      // write audit of its own stack.
      integrationLane('integration', { exclude: timeLane }),
      integrationLane('integration-time', { include: timeLane }),
    ],
  },
});
