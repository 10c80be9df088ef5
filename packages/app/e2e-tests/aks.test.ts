import { expect } from '@playwright/test';
import {
  clusterSection,
  fleetClusterNames,
  SCREENSHOTS,
  signIn,
  test,
} from './portal';

test.describe.configure({ mode: 'serial' });

test('a component shows its clusters on the cluster and node pools cards', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/catalog/default/component/payments-api');

  const cluster = clusterSection(page, 'aks-payments-prod').first();
  await expect(cluster.getByText('1.35.2').first()).toBeVisible();
  await expect(cluster.getByRole('status', { name: /Health: / })).toBeVisible();
  const free = clusterSection(page, 'aks-dev-free').first();
  await expect(free.getByText(/The Free tier has no uptime SLA/)).toBeVisible();

  const pools = page.getByRole('region', { name: 'aks-payments-prod' }).nth(1);
  const systemRow = pools.getByRole('row', { name: /system/ });
  await expect(systemRow.getByText('Standard_D4ds_v5')).toBeVisible();
  await expect(systemRow.getByText('3, autoscaling 3–5')).toBeVisible();
  await page.screenshot({
    path: `${SCREENSHOTS}/entity-cards.png`,
    fullPage: true,
  });
});

test('a cluster whose service principal secret is about to expire says so, and how to rotate it', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/catalog/default/resource/aks-reporting-prod');
  const cluster = clusterSection(page, 'aks-reporting-prod').first();
  await expect(
    cluster.getByText(/Service principal secret expires soon/),
  ).toBeVisible();
  await expect(
    cluster
      .getByText(/az aks update-credentials --reset-service-principal/)
      .first(),
  ).toBeVisible();
  await expect(
    cluster.getByText(/Service principal, not a managed identity/),
  ).toBeVisible();
  await page.screenshot({
    path: `${SCREENSHOTS}/secret-expiry.png`,
    fullPage: true,
  });
});

test('the tab stops a cluster after a confirmation, follows it to Stopped, and starts it again', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/catalog/default/component/payments-api/aks');
  const cluster = clusterSection(page, 'aks-payments-prod');
  await expect(cluster.getByLabel('Upgrade options')).toBeVisible();
  await page.screenshot({
    path: `${SCREENSHOTS}/entity-tab.png`,
    fullPage: true,
  });

  await cluster.getByRole('button', { name: 'Stop cluster…' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText(/workloads go down/)).toBeVisible();
  await expect(dialog.getByText(/Billing for the nodes stops/)).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/confirm-stop.png` });
  await dialog.getByRole('button', { name: 'Stop cluster' }).click();

  await expect(cluster.getByText('Stopping the cluster…')).toBeVisible();
  await expect(cluster.getByText('Stopping the cluster: done')).toBeVisible({
    timeout: 60_000,
  });
  await expect(
    cluster.getByRole('status', { name: 'Health: Stopped' }),
  ).toBeVisible();

  await cluster.getByRole('button', { name: 'Start cluster…' }).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: 'Start cluster' })
    .click();
  await expect(cluster.getByText('Starting the cluster: done')).toBeVisible({
    timeout: 60_000,
  });
  await expect(
    cluster.getByRole('button', { name: 'Stop cluster…' }),
  ).toBeVisible();
});

test('the fleet page, from the sidebar, lists every demo cluster', async ({
  page,
  request,
}) => {
  await signIn(page);
  const names = await fleetClusterNames(page, request);

  await page.getByRole('link', { name: 'AKS clusters' }).click();
  await expect(
    page.getByText(`${names.length} of ${names.length} clusters`),
  ).toBeVisible();
  for (const name of names) {
    await expect(
      page.getByRole('rowheader', { name: new RegExp(name) }),
    ).toBeVisible();
  }
  await page.screenshot({ path: `${SCREENSHOTS}/fleet.png`, fullPage: true });
});
