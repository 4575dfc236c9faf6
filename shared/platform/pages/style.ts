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
  // the console: a wider layout, its header, task lists, tables, hints and the error summary (GOV.UK patterns)
  'body.console{max-width:60rem}',
  '.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}',
  'header.bar{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;border-bottom:4px solid #0b5cad;padding:.5rem 0;margin-bottom:1rem}',
  'header.bar .brand{font-weight:700;margin-right:auto}header.bar a{color:#0b5cad}header.bar form{display:inline}header.bar button{margin:0;padding:.4rem .8rem}',
  'input[type=text],input[type=tel],input[type=url],input[type=search],select,textarea{width:100%;padding:.5rem;border:1px solid #5c5c5c;border-radius:4px;font-size:1rem;box-sizing:border-box}',
  '.hint{color:#505050;margin:.1rem 0 .25rem}',
  '.summary{border:4px solid #a4262c;padding:1rem;margin:1rem 0}.summary h2{margin-top:0;font-size:1.2rem}.summary a{color:#a4262c;font-weight:600}',
  '.notice{border-left:6px solid #0b5cad;background:#eef4fb;padding:.75rem 1rem;margin:1rem 0}',
  '.warning{border-left:6px solid #a4262c;background:#fbeeee;padding:.75rem 1rem;margin:1rem 0;font-weight:600}',
  'ol.tasks{list-style:none;padding:0}ol.tasks li{display:flex;justify-content:space-between;gap:1rem;border-bottom:1px solid #b1b4b6;padding:.6rem 0}',
  '.tag{font-size:.85rem;font-weight:700;padding:.15rem .5rem;border-radius:3px;background:#e8e8e8;color:#1b1b1b;white-space:nowrap}',
  '.tag.done{background:#cce2d8;color:#005a30}.tag.action{background:#fcd6c3;color:#6e3619}.tag.progress{background:#d2e2f1;color:#0b3f6e}',
  'table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{text-align:left;border-bottom:1px solid #b1b4b6;padding:.5rem .25rem;vertical-align:top}',
  '.secret{font-family:monospace;font-size:1.2rem}',
  'dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}dl.facts dt{font-weight:600}',
  'a{color:#0b5cad}',
  '.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}',
  'input[type=number]{padding:.5rem;border:1px solid #5c5c5c;border-radius:4px;font-size:1rem;width:8rem}',
].join('');

/** The pages' one script, allowed by its hash: the copy buttons (progressive enhancement; the text stays selectable). */
export const pageScript =
  "document.querySelectorAll('[data-copy]').forEach(function(b){b.hidden=false;b.addEventListener('click',function(){var t=document.getElementById(b.getAttribute('data-copy'));if(t&&navigator.clipboard){navigator.clipboard.writeText(t.value||t.textContent||'');}});});";

const styleHash = createHash('sha256').update(pageCss, 'utf8').digest('base64');
const scriptHash = createHash('sha256').update(pageScript, 'utf8').digest('base64');

/** Strict CSP: nothing but this stylesheet and this script, forms to ourselves, never framed. */
export const pageCsp = `default-src 'none'; style-src 'sha256-${styleHash}'; script-src 'sha256-${scriptHash}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;
