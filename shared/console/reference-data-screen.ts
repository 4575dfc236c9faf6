import { consoleForm, consolePage, ct, type FieldError, feedback, type ScreenContext } from '#shared/console/layout';
import { type ConsoleKey, consoleMessages } from '#shared/console/messages';
import type { Reply } from '#shared/http/handler';
import { escapeHtml } from '#shared/platform/html';
import type { Language } from '#shared/platform/schemas';

/** One textarea per import: each line a record, so an operator pastes what the directory or registry exported. */
export function referenceDataScreen(
  ctx: ScreenContext,
  options: {
    errors?: FieldError[];
    notice?: string;
    status?: number;
    values?: Record<string, string | undefined>;
  } = {},
): Reply {
  const l = (key: ConsoleKey) => ct(ctx.language, key);
  const values = options.values ?? {};
  const area = (name: string, hint: ConsoleKey, heading: ConsoleKey, action: string) =>
    `<h2>${l(heading)}</h2>${consoleForm(
      ctx,
      action,
      `<label for="${name}">${l('linesLabel')}</label><p class="hint" id="${name}-hint">${l(hint)}</p><textarea id="${name}" name="lines" rows="8" aria-describedby="${name}-hint">${escapeHtml(values[name] ?? '')}</textarea><button type="submit">${l('importButton')}</button>`,
    )}`;
  return consolePage(
    ctx,
    l('referenceDataTitle'),
    `${feedback(ctx.language, options)}${area('directory', 'directoryImportHint', 'directoryImportHeading', '/v1/console/operator/partner-directory')}${area('registry', 'registryImportHint', 'registryImportHeading', '/v1/console/operator/business-registry')}`,
    '/v1/console/operator/reference-data',
    options.status,
  );
}

/** The non-empty lines of a pasted text, each split on `separator` and trimmed. */
export function csvLines(text: string | undefined, separator: string): string[][] {
  return (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => line.split(separator).map((cell) => cell.trim()));
}

/** A validation error on `records.<i>.<field>` said as the line a person pasted: "Line 3: country ...". */
export function lineErrors(errors: FieldError[], language: Language, textarea: string): FieldError[] {
  return errors.map((error) => {
    const match = /^records\.(\d+)\.?(.*)$/.exec(error.field);
    if (!match) return { ...error, field: textarea };
    const line = consoleMessages[language].lineError.replace('{line}', String(Number(match[1]) + 1));
    return { field: textarea, message: `${line}: ${error.message.replace(/^records\.\d+\.?/, '')}` };
  });
}
