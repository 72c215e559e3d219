// The app as an organisation will host it: the production build served by real nginx with the
// deployed headers (deploy/prevent-pathway/*.conf). The whole job runs under the
// Content-Security-Policy with nothing reported, nothing leaves 127.0.0.1:<port>, another site
// cannot frame the app, and script injected into the page does not run.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoBrowserProblems, launchBrowser, newPage, type AppPage, type Browser } from './browser';
import { concernToReferralPdf, recordPolicyAndRequests, type BrowserRecord } from './nginx-journey';
import { startNginx, type NginxServer } from './nginx-server';
import { Trainer } from './training-driver';

let nginx: NginxServer;
let browser: Browser;

beforeAll(async () => {
  [nginx, browser] = await Promise.all([
    startNginx({
      // Another origin (another port): a page that frames the app, and a control page of its own.
      extraSites: [
        (app) => ({
          'frame-the-app.html': `<!doctype html><html lang="en"><title>Another site</title><h1>Another site</h1>
<iframe name="app" title="The app" src="${app}concern/start"></iframe>
<iframe name="control" title="A page of this site" src="/control.html"></iframe></html>`,
          'control.html': '<!doctype html><html lang="en"><title>Control</title><h1>A page of the framing site</h1></html>',
        }),
      ],
    }),
    launchBrowser(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
});

test('concern → referral → PDF under the deployed headers: no CSP violation, and no request to anywhere but 127.0.0.1:<port>', async () => {
  const app = await newPage(browser, { baseUrl: nginx.baseUrl, contextOptions: { acceptDownloads: true } });
  try {
    const record = await recordPolicyAndRequests(app);
    const { text } = await concernToReferralPdf(app);

    // The lead has the PDF, marked, with what was entered; its fonts came from the app's /assets.
    expect(text).toContain('OFFICIAL-SENSITIVE');
    expect(text.replace(/\s+/g, ' ')).toContain('Ashdown-Nowak');
    expect(
      record.requests.filter((r) => /\/assets\/[^/]+\.ttf$/.test(r)),
      'fonts fetched for the PDF',
    ).not.toEqual([]);

    // Permissions-Policy allows clipboard-write for the app itself: the covering email can be copied.
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: nginx.origin });
    await app.page.getByRole('button', { name: 'Copy the subject' }).click();
    await expect.poll(() => app.page.getByText('Subject copied.').count()).toBe(1);

    // Zero Content-Security-Policy violations, whether reported as an event or in the console.
    expect(record.violations, 'securitypolicyviolation events').toEqual([]);
    expect(record.policyConsole, 'console messages about the CSP or Permissions-Policy').toEqual([]);

    // No leaks: every request went to the app's own origin (the download is a blob: of that origin).
    expect(app.offOriginRequests, 'requests to other origins').toEqual([]);
    const own = (request: string) => {
      const url = request.slice(request.indexOf(' ') + 1);
      return url.startsWith(`${nginx.origin}/`) || url.startsWith(`blob:${nginx.origin}/`);
    };
    expect(record.requests.length).toBeGreaterThan(10);
    expect(
      record.requests.filter((request) => !own(request)),
      `requests not to ${nginx.origin}`,
    ).toEqual([]);
    expect(record.failed, 'failed requests').toEqual([]);

    expectNoBrowserProblems(app);
    expect(nginx.errorLog(), 'nginx error log').not.toMatch(/\[(error|crit|alert|emerg)\]/);
  } finally {
    await app.close();
  }
}, 180_000);

test('Permissions-Policy: only full screen and writing to the clipboard are allowed, and trainer mode goes full screen', async () => {
  const app = await newPage(browser, { baseUrl: nginx.baseUrl, viewport: { width: 1920, height: 1080 } });
  try {
    const record = await recordPolicyAndRequests(app);
    await app.goto('/training');
    await app.page.getByRole('heading', { level: 1 }).waitFor();
    const allowed = await app.page.evaluate(() => {
      const policy = (document as unknown as { featurePolicy: { allowsFeature(name: string): boolean } }).featurePolicy;
      const features = [
        'fullscreen',
        'clipboard-write',
        'camera',
        'microphone',
        'geolocation',
        'payment',
        'usb',
        'serial',
        'hid',
        'display-capture',
        'clipboard-read',
        'browsing-topics',
      ];
      return Object.fromEntries(features.map((name) => [name, policy.allowsFeature(name)]));
    });
    expect(allowed).toEqual({
      fullscreen: true,
      'clipboard-write': true,
      camera: false,
      microphone: false,
      geolocation: false,
      payment: false,
      usb: false,
      serial: false,
      hid: false,
      'display-capture': false,
      'clipboard-read': false,
      'browsing-topics': false,
    });

    // A trainer starts a scenario and puts it on the projector: the Fullscreen API works.
    const trainer = new Trainer(app);
    await trainer.openScenario('Wanting a way out');
    await trainer.button('Start the scenario');
    await app.page
      .getByRole('button', { name: /full screen/i })
      .first()
      .click();
    await expect.poll(() => app.page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    expect(record.violations).toEqual([]);
    expect(record.policyConsole).toEqual([]);
    expectNoBrowserProblems(app);
  } finally {
    await app.close();
  }
});

test('another site cannot show the app in a frame: the browser blocks it, the site’s own frame loads', async () => {
  // A plain context: newPage() would abort the request for the app, which is another origin here.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    const appResponse = page.waitForResponse((response) => response.url() === `${nginx.baseUrl}concern/start`);
    await page.goto(`${nginx.extraUrls[0]}frame-the-app.html`);
    // nginx answered the frame's request, with the header that forbids framing...
    const response = await appResponse;
    expect(response.status()).toBe(200);
    expect(await response.headerValue('content-security-policy')).toContain("frame-ancestors 'none'");

    // ...and Chromium refused to render it: an error page in the frame, not the app.
    const appFrame = page.frame({ name: 'app' });
    await expect.poll(() => appFrame?.url()).toMatch(/^chrome-error:/);
    expect(await appFrame?.locator('#root').count()).toBe(0);
    expect(await appFrame?.locator('a[href="tel:999"]').count()).toBe(0);
    expect(consoleErrors.join('\n')).toMatch(
      /Framing 'http:\/\/127\.0\.0\.1:\d+\/' violates the following Content Security Policy directive: "frame-ancestors 'none'"/,
    );

    // The framing page itself works: its own frame loads (so the check above is not vacuous).
    const control = page.frame({ name: 'control' });
    await expect.poll(async () => control?.locator('h1').textContent()).toBe('A page of the framing site');
  } finally {
    await context.close();
  }
});

describe('script injected into the page does not run', () => {
  let app: AppPage;
  let record: BrowserRecord;

  beforeAll(async () => {
    app = await newPage(browser, { baseUrl: nginx.baseUrl });
    record = await recordPolicyAndRequests(app);
    await app.goto('/');
    await app.page.getByRole('heading', { level: 1 }).waitFor();
  });

  afterAll(async () => {
    await app?.close();
  });

  // Stands in for a successful HTML injection (E19): markup reaching the DOM from outside the app.
  const inject = (html: string) =>
    app.page.evaluate((markup) => {
      const template = document.createElement('template');
      template.innerHTML = markup;
      // Scripts from innerHTML never run; cloning into new elements makes them live, as an attack would.
      for (const old of template.content.querySelectorAll('script')) {
        const live = document.createElement('script');
        for (const { name, value } of old.attributes) live.setAttribute(name, value);
        live.textContent = old.textContent;
        old.replaceWith(live);
      }
      document.body.append(template.content);
    }, html);
  const ran = (flag: string) => app.page.evaluate((name) => (window as unknown as Record<string, unknown>)[name] ?? null, flag);
  const violationsFor = (directive: string) => record.violations.filter((v) => v.directive === directive);

  test('an inline <script> is blocked (script-src has no unsafe-inline)', async () => {
    await inject('<script>window.__injectedInline = "ran"</script>');
    expect(await ran('__injectedInline')).toBeNull();
    await expect.poll(() => violationsFor('script-src-elem').filter((v) => v.blockedURI === 'inline').length).toBe(1);
  });

  test('an inline event handler is blocked', async () => {
    await inject('<img alt="" src="/favicon.svg" onload="window.__injectedHandler = \'ran\'">');
    await expect.poll(() => violationsFor('script-src-attr').length).toBe(1);
    expect(await ran('__injectedHandler')).toBeNull();
  });

  test('a script from another site is blocked by the browser before it leaves', async () => {
    await inject('<script src="https://cdn.example.com/tracker.js"></script>');
    await expect.poll(() => violationsFor('script-src-elem').filter((v) => v.blockedURI.startsWith('https://cdn.example.com/')).length).toBe(1);
    // Chromium reports the attempt, then fails it for the CSP (not the test's own off-origin block).
    await expect.poll(() => record.failed).toEqual([expect.stringMatching(/^https:\/\/cdn\.example\.com\/tracker\.js .*csp/i)]);
    expect(await ran('__injectedExternal')).toBeNull();
  });

  test('an injected <style> element is blocked (style-src has no unsafe-inline)', async () => {
    await inject('<style>body { display: none }</style>');
    await expect.poll(() => violationsFor('style-src-elem').length).toBe(1);
    expect(await app.page.evaluate(() => getComputedStyle(document.body).display)).not.toBe('none');
  });
});
