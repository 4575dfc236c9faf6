import { httpHandler, reply } from '../../shared/http/handler';
import { buildOpenApiDocument } from '../../shared/openapi';
import { routes } from '../../shared/routes';
import { getOpenApiDocument } from '../../shared/routes/platform';

const document = buildOpenApiDocument(routes);

export const handler = httpHandler(getOpenApiDocument, async () => reply.ok(document, { 'cache-control': 'public, max-age=300' }));
