import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { operationsModule, permissionsMarkdown } from '#shared/app/docs';
import { buildOpenApiDocument } from '#shared/app/openapi';
import { routes } from '#shared/app/routes';

describe('generated docs', () => {
  it('docs/permissions.md is the permission table the API enforces (run npm run docs)', () => {
    expect(readFileSync('docs/permissions.md', 'utf8')).toBe(permissionsMarkdown(routes));
  });

  it('docs/data-model.md is the entities the stores declare (run npm run docs)', async () => {
    process.env.TABLE_NAME ??= 'docs';
    process.env.PUBLIC_BASE_URL ??= 'https://partners.example.com';
    const { dataModelMarkdown, loadStores } = await import('#shared/app/data-model');
    await loadStores();
    expect(readFileSync('docs/data-model.md', 'utf8')).toBe(dataModelMarkdown());
  });

  it('docs/lifecycles.md is the transition tables the stores write with (run npm run docs)', async () => {
    const { loadStores } = await import('#shared/app/data-model');
    const { lifecyclesMarkdown } = await import('#shared/platform/lifecycle');
    await loadStores();
    expect(readFileSync('docs/lifecycles.md', 'utf8')).toBe(lifecyclesMarkdown());
  });

  it('shared/app/operations.ts is every route with its permission (run npm run docs)', () => {
    expect(readFileSync('shared/app/operations.ts', 'utf8')).toBe(operationsModule(routes));
  });

  it('docs/openapi.json is the document the API serves (run npm run docs)', () => {
    expect(JSON.parse(readFileSync('docs/openapi.json', 'utf8'))).toEqual(buildOpenApiDocument(routes));
  });
});
