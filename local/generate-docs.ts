import { writeFileSync } from 'node:fs';
import path from 'node:path';

/** `npm run docs`: writes the generated docs (permission table, OpenAPI document, data model). */
// the stores read their configuration when imported; the docs need none of it
process.env.TABLE_NAME ??= 'docs';
process.env.PUBLIC_BASE_URL ??= 'https://partners.example.com';
process.env.CURSOR_SECRET ??= 'docs-generation-only-cursor-secret-0123';
const { operationsModule, permissionsMarkdown } = await import('#shared/app/docs');
const { buildOpenApiDocument } = await import('#shared/app/openapi');
const { routes } = await import('#shared/app/routes');
const { dataModelMarkdown, loadStores } = await import('#shared/app/data-model');
await loadStores();
const { lifecyclesMarkdown } = await import('#shared/platform/lifecycle');
const root = path.resolve(import.meta.dirname, '..');
writeFileSync(path.join(root, 'docs/permissions.md'), permissionsMarkdown(routes));
writeFileSync(path.join(root, 'shared/app/operations.ts'), operationsModule(routes));
writeFileSync(path.join(root, 'docs/openapi.json'), `${JSON.stringify(buildOpenApiDocument(routes), null, 2)}\n`);
writeFileSync(path.join(root, 'docs/data-model.md'), dataModelMarkdown());
writeFileSync(path.join(root, 'docs/lifecycles.md'), lifecyclesMarkdown());
const { openApiTypes } = await import('./openapi-types');
writeFileSync(path.join(root, 'test/support/openapi-types.ts'), await openApiTypes(buildOpenApiDocument(routes)));
process.stdout.write(
  'wrote docs/permissions.md, docs/openapi.json, docs/data-model.md, docs/lifecycles.md, shared/app/operations.ts and test/support/openapi-types.ts\n',
);
