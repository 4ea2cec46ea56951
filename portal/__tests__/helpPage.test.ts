import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  collectPageProblems,
  launchChromium,
  saveScreenshot,
  seriousAccessibilityViolations,
  startPortal,
  type RunningPortal,
} from '../../test-support/portal';
import { startSystem, type RunningSystem } from '../../test-support/system';

/**
 * Contact & Help in a real browser on a phone-sized screen, without signing in: the customer FAQ
 * (never the broker's), and the home-screen procedure, opened from the page's own link, from the
 * "is there an app?" answer and from /help/home-screen, with the web app manifest it relies on
 * (docs/requirements.md §5.1, §5.6, §5.7).
 */

/** A page in a loaded browser can take a while on a busy 2-core machine. */
const STEP_TIMEOUT_MS = 30_000;

jest.setTimeout(240_000);

describe('the help page in a browser', () => {
  let system: RunningSystem;
  let portal: RunningPortal;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    system = await startSystem();
    portal = await startPortal(system);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nl-BE', isMobile: true });
    context.setDefaultTimeout(STEP_TIMEOUT_MS);
    page = await context.newPage();
    problems = collectPageProblems(page);
  });

  afterAll(async () => {
    await browser?.close();
    await portal?.stop();
    await system?.stop();
  });

  const homeScreen = () => page.getByTestId('faq-V.2');
  const isOpen = async () => (await homeScreen().getAttribute('open')) !== null;

  it('shows the customer FAQ, in the words of a customer and not of a broker', async () => {
    await page.goto(`${portal.url}/help`);
    await page.getByTestId('faq').waitFor();
    expect(await page.getByTestId('faq-I.1').locator('summary').textContent()).toBe('I.1 Hoe maak ik een account aan?');
    expect(await page.getByTestId('faq-V.1').locator('summary').textContent()).toBe('V.1 Bestaat er een app?');
    const text = await page.getByTestId('faq').textContent();
    expect(text).not.toContain('Word ik als makelaar');
    expect(text).not.toContain('Wat kan ik doen om de klant te helpen');
  });

  it('opens the home-screen procedure from the page’s link, with the steps for iPhone and Android', async () => {
    expect(await isOpen()).toBe(false);
    await page.getByTestId('home-screen-link').click();
    await page.waitForURL(/\/help#faq-V\.2$/);
    await homeScreen().locator('ol.steps').first().waitFor({ state: 'visible' });
    expect(await isOpen()).toBe(true);
    expect(await homeScreen().locator('ol.steps').nth(0).locator('li').allTextContents()).toEqual([
      'Open de klantenzone in Safari.',
      'Tik op de knop Deel (het vierkantje met een pijl naar boven), onderaan of bovenaan het scherm.',
      'Scrol naar beneden en tik op ‘Zet op beginscherm’.',
      'Controleer de naam en tik op ‘Voeg toe’.',
    ]);
    expect(await homeScreen().locator('ol.steps').nth(1).locator('li').allTextContents()).toEqual([
      'Open de klantenzone in Chrome.',
      'Tik rechtsboven op het menu ⋮ (drie puntjes).',
      'Tik op ‘Toevoegen aan startscherm’ of ‘App installeren’.',
      'Bevestig met ‘Toevoegen’ of ‘Installeren’.',
    ]);
    expect(await homeScreen().locator('p').first().textContent()).toBe('Op een iPhone of iPad (Safari):');
    await homeScreen().scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'help-home-screen');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('opens it from the "is there an app?" answer too', async () => {
    await homeScreen().locator('summary').click();
    expect(await isOpen()).toBe(false);
    await page.getByTestId('faq-V.1').locator('summary').click();
    await page
      .getByTestId('faq-V.1')
      .getByRole('link', { name: /^V\.2 / })
      .click();
    await homeScreen().locator('ol.steps').first().waitFor({ state: 'visible' });
    expect(await isOpen()).toBe(true);
  });

  it('keeps /help/home-screen as a link to it, in the page’s language', async () => {
    await page.getByRole('button', { name: 'FR' }).click();
    await page.goto(`${portal.url}/help/home-screen`);
    await page.waitForURL(/\/help#faq-V\.2$/);
    await homeScreen().locator('ol.steps').first().waitFor({ state: 'visible' });
    expect(await homeScreen().locator('summary').textContent()).toBe(
      'V.2 Comment placer l’espace client sur l’écran d’accueil de mon smartphone ?',
    );
    expect(await homeScreen().locator('ol.steps').nth(0).locator('li').nth(2).textContent()).toBe(
      'Faites défiler vers le bas et touchez « Sur l’écran d’accueil ».',
    );
  });

  it('links a web app manifest with icons, allowed by the page’s Content-Security-Policy', async () => {
    expect(await page.locator('link[rel="manifest"]').getAttribute('href')).toBe('/manifest.webmanifest');
    const manifest = await fetch(`${portal.url}/manifest.webmanifest`);
    expect([manifest.status, manifest.headers.get('content-type')]).toEqual([
      200,
      'application/manifest+json; charset=utf-8',
    ]);
    const body = (await manifest.json()) as { display: string; start_url: string; icons: Array<{ src: string }> };
    expect([body.display, body.start_url]).toEqual(['standalone', '/']);
    for (const icon of body.icons)
      expect([icon.src, (await fetch(`${portal.url}${icon.src}`)).status]).toEqual([icon.src, 200]);
    expect((await fetch(`${portal.url}/help`)).headers.get('content-security-policy')).toContain("manifest-src 'self'");
    expect(problems).toEqual([]);
  });
});
