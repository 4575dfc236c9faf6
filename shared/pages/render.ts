import { escapeHtml } from '../html';
import { languages, type Language } from '../schemas/common';
import { pageMessages, type PageKey } from './messages';

/** Picks the page language: an explicit choice, then the browser's Accept-Language, then the record's, then English. */
export function pickLanguage(explicit: string | undefined, acceptLanguage: string | undefined, fallback: Language = 'en'): Language {
  if (explicit && (languages as readonly string[]).includes(explicit)) return explicit as Language;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]!.trim().slice(0, 2).toLowerCase();
    if ((languages as readonly string[]).includes(tag)) return tag as Language;
  }
  return fallback;
}

/** A message of the page catalogue with `{name}` placeholders filled (and escaped). */
export function t(language: Language, key: PageKey, values: Record<string, string> = {}): string {
  return escapeHtml(pageMessages[language][key]).replace(/\{(\w+)\}/g, (_m, name: string) => `<strong>${escapeHtml(values[name] ?? '')}</strong>`);
}

/** The page layout: no third-party assets, no script, one inline style allowed by the CSP. */
export function page(language: Language, title: string, body: string): string {
  return `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="referrer" content="no-referrer">
<title>${title}</title>
<style>body{font-family:Segoe UI,Arial,sans-serif;color:#1b1b1b;background:#fff;max-width:640px;margin:2rem auto;padding:0 1rem;line-height:1.5}
button{background:#0b5cad;color:#fff;border:0;border-radius:4px;padding:.75rem 1.25rem;font-size:1rem;cursor:pointer}
button:focus-visible,a:focus-visible{outline:3px solid #1b1b1b;outline-offset:2px}</style>
</head>
<body><main><h1>${title}</h1>
${body}
</main></body></html>`;
}
