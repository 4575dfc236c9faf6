/**
 * The one route declaration: every feature's routes, in one list. The CDK app makes one Lambda function and
 * one API route per entry; the local gateway serves the same entries; the OpenAPI document, the permission
 * docs and the fuzzer are generated from them. A feature adds a route in its own `routes` files; this list
 * names the files once.
 */
import * as consoleScreens from '#shared/console/routes';
import * as customers from '#shared/customers/routes';
import * as directBill from '#shared/direct-bill/routes';
import * as enrollmentOperator from '#shared/enrollment/operator-routes';
import * as enrollmentPages from '#shared/enrollment/page-routes';
import * as enrollment from '#shared/enrollment/routes';
import type { Route } from '#shared/http/route';
import * as identityPages from '#shared/identity/page-routes';
import * as identity from '#shared/identity/routes';
import * as integrations from '#shared/integrations/routes';
import * as partnersOperator from '#shared/partners/operator-routes';
import * as partnersPages from '#shared/partners/page-routes';
import * as partners from '#shared/partners/routes';
import * as platform from '#shared/platform/routes';
import * as serviceHealth from '#shared/service-health/routes';
import * as users from '#shared/users/routes';

const modules = [
  identity,
  identityPages,
  enrollment,
  enrollmentOperator,
  enrollmentPages,
  users,
  partners,
  partnersOperator,
  partnersPages,
  customers,
  directBill,
  serviceHealth,
  integrations,
  consoleScreens,
  platform,
];

export const routes: readonly Route[] = modules
  .flatMap((module) => Object.values(module) as Route[])
  // module namespace order differs between runtimes: sort, so every reader sees one order
  .sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));

/** Answers every request that matches no route (`$default` in API Gateway): 404 problem+json. */
export const fallbackHandler = 'functions/platform/not-found.ts';

export type { Route } from '#shared/http/route';
