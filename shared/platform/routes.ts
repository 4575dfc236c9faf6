import { defineRoute } from '#shared/http/route';
import { DeadEffects, DeadEffectsQuery, EventIdParams, Redriven } from '#shared/platform/effect-schemas';
import { Health } from '#shared/platform/health-schemas';
import { type ProblemType, problemTypes } from '#shared/platform/problem-types';
import * as z from '#shared/platform/zod';

export const getHealth = defineRoute({
  operationId: 'getHealth',
  method: 'GET',
  path: '/v1/health',
  summary: 'Health of every part: table, user pool, email, workflow. 200 only when all answer.',
  tag: 'Platform',
  handler: 'functions/platform/get-health.ts',
  auth: 'public',
  responses: {
    200: { description: 'Every part answers.', body: Health },
    503: { description: 'At least one part does not answer.', body: Health },
  },
  grants: { describeAll: true },
});

export const getOpenApiDocument = defineRoute({
  operationId: 'getOpenApiDocument',
  method: 'GET',
  path: '/v1/openapi.json',
  summary: 'This API as an OpenAPI 3.1 document, generated from the route declaration and its zod schemas.',
  tag: 'Platform',
  handler: 'functions/platform/get-openapi-document.ts',
  auth: 'public',
  responses: {
    200: {
      description: 'The OpenAPI document.',
      body: z.looseObject({ openapi: z.string(), info: z.unknown(), paths: z.record(z.string(), z.unknown()) }),
    },
  },
  grants: {},
});

export const listDeadEffects = defineRoute({
  operationId: 'listDeadEffects',
  method: 'GET',
  path: '/v1/operator/dead-effects',
  summary:
    'Events whose effects (emails, workflow signals, identity changes) still failed after 24 hours of retries, oldest first.',
  tag: 'Operations',
  handler: 'functions/platform/list-dead-effects.ts',
  auth: 'user',
  permission: 'operator:operations',
  request: { query: DeadEffectsQuery },
  responses: { 200: { description: 'One page of dead effects.', body: DeadEffects } },
  grants: { table: 'read' },
});

export const redriveEffect = defineRoute({
  operationId: 'redriveEffect',
  method: 'POST',
  path: '/v1/operator/dead-effects/{eventId}/redrive',
  summary:
    'Puts a dead event back to pending, due now, with 24 more hours of retries; reactions already done are not repeated.',
  tag: 'Operations',
  handler: 'functions/platform/redrive-effect.ts',
  auth: 'user',
  permission: 'operator:operations',
  request: { params: EventIdParams },
  responses: {
    200: { description: 'Pending again; the sweeper delivers it within a minute.', body: Redriven },
    404: { description: 'No dead event with this id (never dead, delivered meanwhile, or redriven already).' },
  },
  grants: { table: 'readWrite' },
});

export const getProblemType = defineRoute({
  operationId: 'getProblemType',
  method: 'GET',
  path: '/v1/problems/{problemType}',
  summary: 'The page a problem’s `type` URI opens: what the problem means and what to do about it.',
  tag: 'Platform',
  handler: 'functions/platform/get-problem-type.ts',
  auth: 'public',
  request: { params: z.strictObject({ problemType: z.enum(Object.keys(problemTypes) as [ProblemType]) }) },
  responses: { 200: { description: 'An HTML page explaining the problem type.', html: true } },
  idempotency: { mode: 'none' },
  grants: {},
});
