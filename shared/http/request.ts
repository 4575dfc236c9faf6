import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { Route } from '#shared/http/route';
import {
  BadRequestError,
  type FieldIssue,
  PayloadTooLargeError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '#shared/platform/errors';
import type * as z from '#shared/platform/zod';

/** Largest body any operation accepts. */
export const maxBodyBytes = 64 * 1024;

/** Reads and validates body, path and query of an API Gateway v2 event against the route's zod schemas. */
export function parseRequest(
  route: Route,
  event: APIGatewayProxyEventV2,
): { body: unknown; params: unknown; query: unknown } {
  const params = validate(route.request?.params, event.pathParameters ?? {}, 'path');
  const query = validate(route.request?.query, event.queryStringParameters ?? {}, 'query');
  const bodySchema = route.request?.body;
  if (!bodySchema) return { body: undefined, params, query };
  const raw = readBody(event, route.request?.form === true);
  return { body: validate(bodySchema, raw, 'body'), params, query };
}

function readBody(event: APIGatewayProxyEventV2, acceptsForm: boolean): unknown {
  const text = event.body
    ? event.isBase64Encoded
      ? Buffer.from(event.body, 'base64').toString('utf8')
      : event.body
    : '';
  if (Buffer.byteLength(text, 'utf8') > maxBodyBytes) throw new PayloadTooLargeError(maxBodyBytes);
  const contentType = (event.headers?.['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (text.length === 0)
    throw new BadRequestError('A request body is required.', [{ in: 'body', field: 'body', message: 'is required' }]);
  if (acceptsForm && contentType === 'application/x-www-form-urlencoded') {
    // a field sent more than once (checkboxes of one name) becomes the list of its values
    const fields: Record<string, string | string[]> = {};
    for (const [name, value] of new URLSearchParams(text)) {
      const before = fields[name];
      fields[name] = before === undefined ? value : [...[before].flat(), value];
    }
    return fields;
  }
  if (contentType !== 'application/json' && !contentType.endsWith('+json')) {
    throw new UnsupportedMediaTypeError(
      acceptsForm ? ['application/json', 'application/x-www-form-urlencoded'] : ['application/json'],
    );
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    const message = cause instanceof SyntaxError ? cause.message : 'is not valid JSON';
    throw new BadRequestError('The body is not valid JSON.', [{ in: 'body', field: 'body', message }]);
  }
}

export function validate(schema: z.ZodType | undefined, value: unknown, where: FieldIssue['in']): unknown {
  if (!schema) return value;
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ValidationError(result.error.issues.flatMap((issue) => toFieldIssues(issue, where)));
}

function toFieldIssues(issue: z.core.$ZodIssue, where: FieldIssue['in']): FieldIssue[] {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ in: where, field: [...path, key].join('.'), message: 'is not a known field' }));
  }
  const field = path.length > 0 ? path.join('.') : (where ?? 'body');
  const message = issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message;
  return [{ in: where, field, message }];
}

/** The access token of an `Authorization: Bearer` header (for identity calls made with the caller's own token). */
export function bearerToken(authorization: string | undefined): string {
  return (authorization ?? '').replace(/^Bearer\s+/i, '');
}
