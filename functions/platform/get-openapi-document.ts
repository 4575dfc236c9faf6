import { buildOpenApiDocument } from '#shared/app/openapi';
import { routes } from '#shared/app/routes';
import { httpHandler, reply } from '#shared/http/handler';
import { getOpenApiDocument } from '#shared/platform/routes';

/** Built on the first request, not at import: the cold start stays small. */
let document: Record<string, unknown> | undefined;

export const handler = httpHandler(getOpenApiDocument, async () =>
  reply.ok((document ??= buildOpenApiDocument(routes)), { 'cache-control': 'public, max-age=300' }),
);
