/**
 * Replaces `@aws-sdk/credential-provider-node` in the Lambda bundles (an esbuild alias in infra/ and the
 * bench). In Lambda the execution role's credentials arrive as environment variables, so the default chain's
 * other sources (profiles, SSO, IMDS, web identity: about 130 KB with the STS and SSO clients) are never used.
 */
import { fromEnv } from '@aws-sdk/credential-provider-env';

export const defaultProvider = (init?: Parameters<typeof fromEnv>[0]) => fromEnv(init);
