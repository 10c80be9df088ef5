// What a user sees: a component's AKS cards, and the AKS template on /create.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const chromiumLaunchOptions = JSON.parse(
  readFileSync(new URL('../../chromium.json', import.meta.url), 'utf8'),
);

async function retryUntil(deadline, attempt) {
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise(r => setTimeout(r, 5000));
    }
  }
}

export async function checkInBrowser({ baseUrl, timeoutMs, log }) {
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage();
    const deadline = Date.now() + timeoutMs;
    // The dev server compiles the app on the first request.
    await retryUntil(deadline, async () => {
      await page.goto(baseUrl, { timeout: 30_000 });
      await page
        .getByRole('button', { name: 'Enter' })
        .click({ timeout: 10_000 });
    });
    // Signed in once the app shows its navigation, with the fleet page in it.
    await page
      .getByRole('link', { name: 'AKS clusters' })
      .waitFor({ timeout: 60_000 });
    log('signed in as guest; opening the component');
    // The catalog ingests the component within a minute of the backend start.
    await retryUntil(deadline, async () => {
      await page.goto(`${baseUrl}/catalog/default/component/payments-api`);
      await page
        .getByRole('region', { name: 'aks-payments-prod' })
        .first()
        .getByRole('status', { name: /Health: / })
        .waitFor({ timeout: 15_000 });
    });
    log('the AKS cards render; opening the Create page');
    await page.goto(`${baseUrl}/create`);
    await page
      .getByText('New AKS cluster', { exact: true })
      .waitFor({ timeout: 60_000 });
    log('the AKS template is listed');
  } finally {
    await browser.close();
  }
}
