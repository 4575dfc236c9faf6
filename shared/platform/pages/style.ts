import { createHash } from 'node:crypto';

/** The pages' one stylesheet, allowed by its hash: no 'unsafe-inline', no external assets, no script. */
export const pageCss = [
  'body{font-family:Segoe UI,Arial,sans-serif;color:#1b1b1b;background:#fff;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}',
  'h1{font-size:1.6rem}',
  'label{display:block;margin:.75rem 0 .25rem;font-weight:600}',
  'input[type=email],input[type=password]{width:100%;padding:.5rem;border:1px solid #5c5c5c;border-radius:4px;font-size:1rem;box-sizing:border-box}',
  'button{background:#0b5cad;color:#fff;border:0;border-radius:4px;padding:.75rem 1.25rem;font-size:1rem;cursor:pointer;margin:.75rem .5rem 0 0}',
  'button.secondary{background:#fff;color:#0b5cad;border:2px solid #0b5cad}',
  'button:focus-visible,a:focus-visible,input:focus-visible{outline:3px solid #1b1b1b;outline-offset:2px}',
  '.check{display:flex;gap:.5rem;align-items:flex-start;margin:1rem 0}.check label{display:inline;margin:0;font-weight:400}',
  'fieldset{border:1px solid #5c5c5c;border-radius:4px;margin:1rem 0}',
  '.error{color:#a4262c;font-weight:600}',
  'nav{font-size:.9rem;margin-bottom:1rem}nav a{color:#0b5cad;margin-right:.75rem}',
  '.agreement{border:1px solid #5c5c5c;padding:1rem;border-radius:4px;white-space:pre-wrap}',
].join('');

const styleHash = createHash('sha256').update(pageCss, 'utf8').digest('base64');

/** Strict CSP: nothing but this stylesheet, forms to ourselves, never framed. */
export const pageCsp = `default-src 'none'; style-src 'sha256-${styleHash}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;
