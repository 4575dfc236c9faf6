import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeModules } from '#shared/app/data-model';

/** The layout rules of docs/architecture (README), checked on the source, so they stay true. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
  });
}
const code = (file: string) => readFileSync(file, 'utf8');
const isStore = (file: string) => /\bdefineEntity\(/.test(code(file)) && !file.endsWith('platform/entity.ts');

/** What a key or index value looks like when written by hand: `ORG#${id}`, 'CUSTOMER#', gsi2pk: `...`. */
const keyLiteral =
  /[A-Z_]{3,}#\$\{|['`][A-Z_]{3,}#['`]|\b(pk|sk|gsi\d(pk|sk))\s*:\s*[`'"]|IndexName|KeyConditionExpression/;

describe('the layout', () => {
  it('keeps the AWS SDK out of functions/: entry points call features, features call stores', () => {
    const offenders = sources('functions').filter((file) => /from '@aws-sdk\//.test(code(file)));
    expect(offenders).toEqual([]);
  });

  it('builds keys and index values only in stores (files that declare their entities)', () => {
    const offenders = [...sources('shared'), ...sources('functions')]
      .filter((file) => !isStore(file) && !file.endsWith('platform/entity.ts'))
      .flatMap((file) =>
        code(file)
          .split('\n')
          .map((line, i) => ({ file, line: i + 1, text: line.trim() }))
          .filter(({ text }) => keyLiteral.test(text) && !text.startsWith('*') && !text.startsWith('//')),
      );
    expect(offenders).toEqual([]);
  });

  it('lists every store in the generated data model', () => {
    const stores = sources('shared')
      .filter(isStore)
      .map((file) => `#${file.replace(/\.ts$/, '')}`)
      .sort();
    expect([...storeModules].sort()).toEqual(stores);
  });

  it('uses #shared/ imports, never ../ into shared', () => {
    const offenders = [...sources('shared'), ...sources('functions')].filter((file) =>
      /from '(\.\.\/)+shared\//.test(code(file)),
    );
    expect(offenders).toEqual([]);
  });
});
