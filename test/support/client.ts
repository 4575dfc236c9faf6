import createClient, { type Middleware } from 'openapi-fetch';
import { api } from './api';
import { checkResponse } from './contract';
import type { paths } from './openapi-types';

/** Every answer the typed client gets is checked against its route's declared schema, as `call` checks its own. */
const contract: Middleware = {
  async onResponse({ request, response }) {
    const url = new URL(request.url);
    const text = await response.clone().text();
    const contentType = response.headers.get('content-type') ?? '';
    const parsed: unknown = contentType.includes('json') && text ? JSON.parse(text) : text;
    checkResponse(request.method, `${url.pathname}${url.search}`, response.status, contentType, parsed);
    return undefined;
  },
};

/**
 * A client generated from `/v1/openapi.json` (openapi-typescript types, openapi-fetch): paths, parameters,
 * bodies and answers are typed by the document, so a test that compiles calls the API as the document says.
 */
export function apiClient(token?: string) {
  const client = createClient<paths>({
    baseUrl: api,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  client.use(contract);
  return client;
}
