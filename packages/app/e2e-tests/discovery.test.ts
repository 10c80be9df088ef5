import { expect, Page } from '@playwright/test';
import { fleetClusterNames, SCREENSHOTS, signIn, test } from './portal';

test('every cluster the backend sees is a Resource in the catalog, with its cards', async ({
  page,
  request,
}) => {
  await signIn(page);
  const names = await fleetClusterNames(page, request);

  await page.goto('/catalog?filters[kind]=resource&filters[user]=all');
  await expect(page.getByText(`All Resources (${names.length})`)).toBeVisible();
  for (const name of names) {
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  }

  await page
    .getByRole('link', { name: 'aks-payments-prod', exact: true })
    .click();
  await expect(page.getByText('Production cluster for payments')).toBeVisible();
  await expect(page.getByText('kubernetes-cluster').first()).toBeVisible();
  await expect(
    page.getByRole('link', { name: /Azure portal/ }).first(),
  ).toBeVisible();
  // The AKS clusters card sums the cluster up in one row.
  await expect(
    page
      .getByRole('group', { name: 'aks-payments-prod' })
      .getByRole('status', { name: 'Health: Healthy' }),
  ).toBeVisible();
  await page.screenshot({
    path: `${SCREENSHOTS}/discovered-cluster.png`,
    fullPage: true,
  });
});

test("the Kubernetes tab shows a component's pods on the clusters the backend discovered", async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/catalog/default/component/payments-api/kubernetes');

  await page.getByRole('button', { name: /aks-payments-prod/ }).click();
  await expandFirstCollapsedDeployment(page);
  for (const pod of [
    'payments-api-8tjdlm4ndk-ngwqw',
    'payments-api-8tjdlm4ndk-wjjlq',
    'payments-api-8tjdlm4ndk-rgth2',
  ]) {
    await expect(page.getByText(pod, { exact: true })).toBeVisible();
  }
  await page.getByRole('button', { name: /aks-dev-free/ }).click();
  await expandFirstCollapsedDeployment(page);
  await expect(
    page.getByText('payments-api-scdxx72prn-ppjpt', { exact: true }),
  ).toBeVisible();
  await page.screenshot({
    path: `${SCREENSHOTS}/kubernetes-tab.png`,
    fullPage: true,
  });
});

/** Opens a deployment's pod list by its expand arrow: the rest of the row opens drawers. */
async function expandFirstCollapsedDeployment(page: Page) {
  const summary = page
    .getByRole('button', { name: /Deployment/, expanded: false })
    .first();
  const box = await summary.boundingBox();
  await summary.click({ position: { x: box!.width - 30, y: box!.height / 2 } });
}
