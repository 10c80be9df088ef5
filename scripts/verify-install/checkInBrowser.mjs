// What a user sees: a component's AKS cards and tab, the fleet page, and the
// AKS template's form on /create.
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
    log('the AKS cards render; opening the entity tab');
    await page.goto(`${baseUrl}/catalog/default/component/payments-api/aks`);
    await page
      .getByLabel('Upgrade options')
      .first()
      .waitFor({ timeout: 30_000 });
    log('the tab renders; opening the fleet page');
    await page.getByRole('link', { name: 'AKS clusters' }).first().click();
    await page
      .getByRole('row', { name: /aks-payments-prod/ })
      .waitFor({ timeout: 60_000 });
    log('the fleet page lists the clusters; opening the template');
    await page.goto(`${baseUrl}/create`);
    await page
      .getByText('New AKS cluster', { exact: true })
      .waitFor({ timeout: 60_000 });
    await page
      .getByRole('button', { name: 'Choose' })
      .first()
      .click({ timeout: 30_000 });
    await page
      .getByLabel(/Subscription/)
      .first()
      .waitFor({ timeout: 60_000 });
    log("the template's form shows the subscription picker");
  } finally {
    await browser.close();
  }
}
