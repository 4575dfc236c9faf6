import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import npmChromium from '@sparticuz/chromium';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const screenshots = path.resolve('test-results/screenshots');

/**
 * Chromium from npm (`@sparticuz/chromium` ships a headless build, unpacked to the temp folder on first use),
 * so `npm install` is all a fresh machine needs; `CHROMIUM_PATH` picks another binary. Headless, with a
 * fresh profile, no sandbox (root in CI) and no background traffic (this machine has no outside network).
 */
export async function launch(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? (await npmChromium.executablePath());
  mkdirSync(screenshots, { recursive: true });
  return chromium.launch({
    executablePath,
    args: [
      '--headless=shell',
      '--no-sandbox',
      '--no-zygote',
      '--use-gl=angle',
      '--use-angle=swiftshader',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Runs axe-core in the page (through the DevTools protocol, so the page's strict CSP stays on) and
 * expects no violation; saves a screenshot for a person to look at.
 */
export async function checkPage(page: Page, name: string, directory = screenshots): Promise<void> {
  await page.screenshot({ path: path.join(directory, `${name}.png`), fullPage: true });
  await page.evaluate(axeSource);
  const result = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] })`)) as {
    violations: { id: string; help: string; nodes: { target: string[] }[] }[];
  };
  const violations = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(violations, name).toEqual([]);
}

/** Every request the page made stayed on our origin: the token never reaches a third party. */
export function trackOrigins(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreign.push(request.url());
  });
  return foreign;
}
