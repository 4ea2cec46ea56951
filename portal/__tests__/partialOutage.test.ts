import type { Browser, Page } from 'playwright-core';
import {
  collectPageProblems,
  launchChromium,
  saveScreenshot,
  startPortal,
  type RunningPortal,
} from '../../test-support/portal';
import { startSystem, type RunningSystem } from '../../test-support/system';

/**
 * Registration with itsme through the mock provider's own page, in a real browser; then the
 * non-life subgraph stops and the overview still shows the life contracts and documents, with a
 * notice and the missing part said so: never a blank page.
 */

jest.setTimeout(240_000);

describe('the portal with a subgraph down', () => {
  let system: RunningSystem;
  let portal: RunningPortal;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    system = await startSystem();
    portal = await startPortal(system);
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nl-BE' });
    context.setDefaultTimeout(30_000);
    page = await context.newPage();
    problems = collectPageProblems(page);
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    await system?.stop();
  });

  it('registers with itsme, choosing the person at the (mock) provider and coming back signed in', async () => {
    await page.goto(`${portal.url}/register`);
    await page.getByTestId('consent').check();
    await page.getByTestId('register-itsme').click();
    await page.getByRole('heading', { name: 'itsme (mock identity provider)' }).waitFor();
    await page.getByLabel('Person').selectOption('P00000002');
    await page.getByRole('button', { name: 'Confirm identity' }).click();
    await page
      .getByTestId('contract-card')
      .first()
      .waitFor()
      .catch(async (error: unknown) => {
        throw new Error(
          `${String(error)} at ${page.url()}: ${await page.locator('body').innerText({ timeout: 2_000 })}`,
        );
      });
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Dag Luc');
  });

  it('still shows the life contracts and documents with a notice when the non-life subgraph is down', async () => {
    await system.stopSubgraph('nonlife');
    await page.reload();
    await page.getByTestId('contract-card').first().waitFor();
    const cards = await page.getByTestId('contract-card').allTextContents();
    expect(cards.some((text) => text.includes('L000000023'))).toBe(true);
    expect(cards.some((text) => text.includes('V0000000'))).toBe(false);
    expect(await page.getByRole('alert').first().textContent()).toBe(
      'Een deel van deze pagina is tijdelijk niet beschikbaar. Wat u ziet is actueel; probeer het over enkele minuten opnieuw voor de rest.',
    );
    expect(await page.locator('section[aria-labelledby="nonlife-heading"]').textContent()).toContain(
      'Tijdelijk niet beschikbaar.',
    );
    expect(await page.locator('section[aria-labelledby="documents-heading"] li').count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'overview-nonlife-down-390x844');
    expect(problems).toEqual([]);
  });
});
