import { expect, Page } from '@playwright/test';
import { expectAccessible, gotoInTheme } from './accessibility';
import { clusterSection, SCREENSHOTS, signIn, test } from './portal';

test.describe.configure({ mode: 'serial' });

const OVERVIEW = '/catalog/default/component/payments-api';
const TAB = `${OVERVIEW}/aks`;

/** The summary card of the overview. */
const summaryCard = (page: Page) =>
  page
    .locator('[data-aks-plugin]')
    .filter({ has: page.getByRole('heading', { name: 'AKS clusters' }) });

/**
 * Column headers whose text the browser had to cut short: Backstage UI
 * truncates the label inside the header cell, so every element is checked.
 */
const cutHeaders = (page: Page) =>
  page
    .locator('[data-aks-plugin] [role="columnheader"]')
    .evaluateAll(headers =>
      headers
        .filter(h =>
          [h, ...h.querySelectorAll('*')].some(
            e => e.scrollWidth > e.clientWidth,
          ),
        )
        .map(h => h.textContent),
    );

test('the overview sums each cluster up in a compact row, and links to the tab', async ({
  page,
}) => {
  await signIn(page);
  await page.goto(OVERVIEW);

  const card = summaryCard(page);
  const prod = card.getByRole('group', { name: 'aks-payments-prod' });
  await expect(prod.getByRole('status', { name: /Health: / })).toBeVisible();
  await expect(
    prod.getByText(
      /^Kubernetes 1\.\d+\.\d+, supported until \w+ \d+, \d{4} · Running · \d+ nodes · GitOps compliant$/,
    ),
  ).toBeVisible();
  await expect(card.getByRole('group', { name: 'aks-dev-free' })).toBeVisible();
  const height = (await card.boundingBox())!.height;
  expect(height, 'height of the card with two clusters').toBeLessThanOrEqual(
    250,
  );
  await expect(page.getByText('AKS node pools')).toHaveCount(0);
  await page.screenshot({
    path: `${SCREENSHOTS}/entity-cards.png`,
    fullPage: true,
  });

  await card.getByRole('link', { name: 'Details' }).click();
  await expect(page).toHaveURL(TAB);
  await expect(clusterSection(page, 'aks-payments-prod')).toBeVisible();
});

test("a malformed cluster id shows the server's message once, beside the cluster that reads", async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/catalog/default/component/search-api');
  const card = summaryCard(page);
  await expect(
    card.getByRole('group', { name: 'aks-checkout-prod' }),
  ).toBeVisible();
  const message = page.getByText(
    /^Annotation azure\.com\/aks-cluster-id: Invalid resourceGroup 'rg-search prod'/,
  );
  await expect(message).toHaveCount(1);
  await expect(
    card.getByText('aks-search-prod: Invalid cluster id'),
  ).toBeVisible();
  await expect(card.getByRole('button', { name: 'Retry' })).toHaveCount(0);
});

test('the overview and the tab have no accessibility violations of ours, light or dark', async ({
  page,
}) => {
  await signIn(page);
  for (const mode of ['light', 'dark'] as const) {
    await gotoInTheme(page, OVERVIEW, mode);
    await expect(summaryCard(page).getByRole('group').first()).toBeVisible();
    // The GitOps words, red where not compliant, come in a request of their own.
    await expect(summaryCard(page)).toContainText(/not compliant for/);
    await expectAccessible(page, `entity overview (${mode})`);

    await gotoInTheme(page, TAB, mode);
    await expect(
      clusterSection(page, 'aks-payments-prod').getByRole('toolbar'),
    ).toBeVisible();
    await expect(
      clusterSection(page, 'aks-dev-free').getByRole('region', {
        name: 'GitOps',
      }),
    ).toContainText(/unable to clone/);
    await expect(
      clusterSection(page, 'aks-payments-prod').getByRole('region', {
        name: 'Workload identity',
      }),
    ).toContainText('id-payments-worker');
    await expectAccessible(page, `entity tab (${mode})`);
  }
  await page.evaluate(() => localStorage.removeItem('theme'));
});

test('a cluster whose service principal secret is about to expire says so, with the commands to copy', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/catalog/default/resource/aks-reporting-prod/aks');
  const cluster = clusterSection(page, 'aks-reporting-prod');
  const problems = cluster.getByRole('list', {
    name: 'Problems of aks-reporting-prod',
  });
  await expect(
    problems.getByText(/Service principal secret expires soon/),
  ).toBeVisible();
  const command = problems
    .getByText(/^az aks update-credentials --reset-service-principal/)
    .first();
  await expect(command).toBeVisible();
  await expect(
    problems.getByRole('button', { name: 'Copy command' }).first(),
  ).toBeVisible();
  await expect(
    cluster.getByLabel('Essentials of aks-reporting-prod'),
  ).toContainText(/Service principal [0-9a-f-]{36}, last secret expires/);
  await page.screenshot({
    path: `${SCREENSHOTS}/secret-expiry.png`,
    fullPage: true,
  });
});

test('nothing a user scans in the node pools is cut short at 1280 or 1024 px', async ({
  page,
}) => {
  await signIn(page);
  for (const width of [1280, 1024]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(TAB);
    await expect(
      clusterSection(page, 'aks-payments-prod').getByRole('columnheader', {
        name: 'Pool',
      }),
    ).toBeVisible();
    expect(await cutHeaders(page), `headers cut at ${width} px`).toEqual([]);
  }
});

test('the tab stops a cluster after a confirmation, says "Stopping…" until it is stopped, and starts it again', async ({
  page,
}) => {
  await signIn(page);
  await page.goto(TAB);
  const cluster = clusterSection(page, 'aks-payments-prod');
  const toolbar = cluster.getByRole('toolbar');
  await expect(toolbar.getByRole('button')).toHaveText([
    'Refresh',
    'Start…',
    'Upgrade…',
    'Stop…',
  ]);
  await expect(toolbar.getByRole('button', { name: 'Start…' })).toBeDisabled();
  await page.screenshot({
    path: `${SCREENSHOTS}/entity-tab.png`,
    fullPage: true,
  });

  await toolbar.getByRole('button', { name: 'Stop…' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(/workloads go down/)).toBeVisible();
  await expect(dialog.getByText(/Billing for the nodes stops/)).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/confirm-stop.png` });
  await dialog.getByRole('button', { name: 'Stop cluster' }).click();

  await expect(
    cluster.getByRole('status', { name: 'Health: Stopping…' }),
  ).toBeVisible();
  await expect(toolbar.getByRole('button', { name: 'Stop…' })).toBeDisabled();
  await expect(cluster.getByText('Stopping the cluster: done')).toBeVisible({
    timeout: 60_000,
  });
  await expect(
    cluster.getByRole('status', { name: 'Health: Stopped' }),
  ).toBeVisible();

  await toolbar.getByRole('button', { name: 'Start…' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: 'Start cluster' })
    .click();
  await expect(
    cluster.getByRole('status', { name: 'Health: Starting…' }),
  ).toBeVisible();
  await expect(cluster.getByText('Starting the cluster: done')).toBeVisible({
    timeout: 60_000,
  });
  await expect(toolbar.getByRole('button', { name: 'Stop…' })).toBeEnabled();
});
