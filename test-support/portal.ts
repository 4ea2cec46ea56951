import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { createLogger } from '../platform/logger';
import { projectRoot } from '../platform/paths';
import { createPortalServer } from '../portal/server/server';
import { buildPortal } from '../scripts/portalBuild';
import type { RunningSystem } from './system';
import { testTempRoot } from './tempDirs';

/** Where browser tests leave their screenshots and figures (gitignored; CI keeps them as artefacts). */
export const PORTAL_ARTEFACTS = path.join(projectRoot, 'test-results', 'portal');

/** Debian's Chromium, as .ci/run installs it. */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const BUILD_WAIT_MS = 300_000;

/**
 * The portal built once per test run (in the run's temporary root), whichever browser test file
 * asks first; the others wait for it.
 */
export async function builtPortal(): Promise<string> {
  const dir = path.join(testTempRoot(), 'portal-build');
  const done = path.join(testTempRoot(), 'portal-build.done');
  const failed = path.join(testTempRoot(), 'portal-build.failed');
  try {
    mkdirSync(`${dir}.lock`);
  } catch {
    const deadline = Date.now() + BUILD_WAIT_MS;
    while (!existsSync(done)) {
      if (existsSync(failed)) throw new Error('The portal build failed in another test file.');
      if (Date.now() > deadline) throw new Error('The portal build did not finish in another test file.');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return dir;
  }
  try {
    await buildPortal(dir);
  } catch (error) {
    writeFileSync(failed, '');
    throw error;
  }
  writeFileSync(done, '');
  return dir;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface RunningPortal {
  /** http://localhost:port: the name the portal's cookies and the identity providers' return expect. */
  url: string;
  stop(): Promise<void>;
}

/** The portal server in front of `system`'s gateway, serving the build of this run (or `staticDir`). */
export async function startPortal(
  system: RunningSystem,
  { production = false, staticDir }: { production?: boolean; staticDir?: string } = {},
): Promise<RunningPortal> {
  staticDir ??= await builtPortal();
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const customerMaster = new URL(system.backends.customerMaster.url);
  const portal = createPortalServer({
    gatewayOrigin: new URL(system.gatewayUrl).origin,
    publicOrigin: url,
    identityProviderAuthorizeUrl: `http://localhost:${customerMaster.port}/oidc/{provider}/authorize`,
    staticDir,
    production,
    customerMasterOrigin: customerMaster.origin,
    log: createLogger({ component: 'portal', level: 'silent' }),
  });
  await portal.listen(port, '127.0.0.1');
  return { url, stop: () => portal.stop() };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** Saves a screenshot of the whole page under test-results/portal/. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(PORTAL_ARTEFACTS, { recursive: true });
  const file = path.join(PORTAL_ARTEFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** The serious and critical accessibility violations axe-core finds on the page (WCAG 2.1 A and AA). */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
    );
}

/**
 * Messages of the page that say a Content-Security-Policy or Trusted Types rule was broken, or
 * an uncaught error: none is expected on any page.
 */
export function collectPageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && /Content Security Policy|Trusted Type|Refused to/i.test(text))
      problems.push(text);
  });
  return problems;
}
