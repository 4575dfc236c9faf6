import { escapeHtml } from '#shared/platform/html';
import { type PageKey, pageMessages } from '#shared/platform/pages/messages';
import { pageCss, pageScript } from '#shared/platform/pages/style';
import { type Language, languages } from '#shared/platform/schemas';

/** Picks the page language: an explicit choice, then the browser's Accept-Language, then the record's, then English. */
export function pickLanguage(
  explicit: string | undefined,
  acceptLanguage: string | undefined,
  fallback: Language = 'en',
): Language {
  if (explicit && (languages as readonly string[]).includes(explicit)) return explicit as Language;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]!.trim().slice(0, 2).toLowerCase();
    if ((languages as readonly string[]).includes(tag)) return tag as Language;
  }
  return fallback;
}

/** A message of the page catalogue with `{name}` placeholders filled (and escaped). */
export function t(language: Language, key: PageKey, values: Record<string, string> = {}): string {
  return escapeHtml(pageMessages[language][key]).replace(
    /\{(\w+)\}/g,
    (_m, name: string) => `<strong>${escapeHtml(values[name] ?? '')}</strong>`,
  );
}

const languageNames: Record<Language, string> = { en: 'English', it: 'Italiano', es: 'Español' };

/**
 * The page layout: no third-party assets, no script, one stylesheet allowed by its hash. `switchTo`, when
 * given, is the page's own path and query (without `lang`), for the language switch.
 */
export function page(
  language: Language,
  title: string,
  body: string,
  switchTo?: string,
  options: { bodyClass?: string; header?: string } = {},
): string {
  const switcher = switchTo
    ? `<nav aria-label="${escapeHtml(pageMessages[language].language)}">${languages
        .filter((l) => l !== language)
        .map(
          (l) => `<a href="${escapeHtml(withLang(switchTo, l))}" hreflang="${l}" lang="${l}">${languageNames[l]}</a>`,
        )
        .join('')}</nav>`
    : '';
  return `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer">
<title>${title}</title>
<style>${pageCss}</style>
</head>
<body${options.bodyClass ? ` class="${options.bodyClass}"` : ''}>${options.header ?? ''}${switcher}<main id="main"><h1>${title}</h1>
${body}
</main><script>${pageScript}</script></body></html>`;
}

function withLang(pathAndQuery: string, language: Language): string {
  const url = new URL(pathAndQuery, 'http://page');
  url.searchParams.set('lang', language);
  return `${url.pathname}${url.search}`;
}

/** A form posting to one of our pages, with the CSRF token of the double-submit cookie. */
export function form(action: string, csrf: string, fields: Record<string, string>, inner: string): string {
  const hidden = Object.entries({ ...fields, csrf })
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
  return `<form method="post" action="${escapeHtml(action)}">${hidden}${inner}</form>`;
}
