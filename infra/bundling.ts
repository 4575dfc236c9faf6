import path from 'node:path';

const repoRoot = path.resolve(import.meta.dirname, '..');

/**
 * How every Lambda function is bundled (the CDK app and `npm run bench` use these same options).
 *
 * - ESM, preferring each package's ES modules, so esbuild can drop what a handler does not use.
 * - The AWS SDK is bundled (what is deployed is what is tested; leaving it to the runtime's copy made cold
 *   imports slower), but its default credential chain is replaced by the environment-variable provider:
 *   Lambda hands the execution role's credentials to the function as environment variables, and the chain's
 *   other sources (profiles, SSO, IMDS, web identity, with their STS and SSO clients) are about 130 KB that
 *   Lambda never runs.
 * - The business calendar's time-zone data is cut to ten years around the build (see the alias).
 */
export const lambdaBundling = {
  minify: true,
  target: 'node22',
  format: 'esm' as const,
  mainFields: ['module', 'main'],
  banner: "import { createRequire as __cr } from 'node:module';const require = __cr(import.meta.url);",
  alias: {
    '@aws-sdk/credential-provider-node': path.join(repoRoot, 'shared/platform/aws/env-credentials.ts'),
    // date-holidays reads time zones only to place a holiday's start and end instants (the calendar uses its
    // date): the ten-year build of the zone data (42 KB) instead of every zone since 1900 (715 KB)
    'moment-timezone': path.join(
      repoRoot,
      'node_modules/moment-timezone/builds/moment-timezone-with-data-10-year-range.min.js',
    ),
  },
};
