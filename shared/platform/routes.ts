import { defineRoute } from '#shared/http/route';
import { Health } from '#shared/platform/health-schemas';
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
