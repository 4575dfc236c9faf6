import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { permissionsMarkdown } from '#shared/app/docs';
import { buildOpenApiDocument } from '#shared/app/openapi';
import { routes } from '#shared/app/routes';

/** `npm run docs`: writes the generated docs (permission table, OpenAPI document). */
const root = path.resolve(import.meta.dirname, '..');
writeFileSync(path.join(root, 'docs/permissions.md'), permissionsMarkdown(routes));
writeFileSync(path.join(root, 'docs/openapi.json'), `${JSON.stringify(buildOpenApiDocument(routes), null, 2)}\n`);
process.stdout.write('wrote docs/permissions.md and docs/openapi.json\n');
