/**
 * The one route declaration. The CDK app makes one Lambda function and one API route per entry; the local
 * gateway serves the same entries; the OpenAPI document is generated from them.
 */
import * as identity from './auth';
import * as customers from './customers';
import * as directBill from './direct-bill';
import * as enrollment from './enrollment';
import * as operator from './operator';
import * as pages from './pages';
import * as partners from './partners';
import * as platform from './platform';
import * as users from './users';
import type { Route } from './define';

export const routes: readonly Route[] = [
  ...Object.values(identity),
  ...Object.values(enrollment),
  ...Object.values(operator),
  ...Object.values(users),
  ...Object.values(partners),
  ...Object.values(customers),
  ...Object.values(directBill),
  ...Object.values(pages),
  ...Object.values(platform),
  // module namespace order differs between runtimes: sort, so every reader sees one order
].sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));

/** Answers every request that matches no route (`$default` in API Gateway): 404 problem+json. */
export const fallbackHandler = 'functions/platform/not-found.ts';

export type { Route } from './define';
