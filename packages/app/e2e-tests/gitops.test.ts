import { expect, Page } from '@playwright/test';
import { clusterSection, SCREENSHOTS, signIn, test } from './portal';

/** The demo's Contoso Production subscription. */
const PRODUCTION = '6f1a2b3c-0000-4000-8000-000000000001';
const REGISTRY = `/subscriptions/${PRODUCTION}/resourceGroups/rg-platform-prod/providers/Microsoft.ContainerRegistry/registries/acrcontosoprod`;

const section = (page: Page, cluster: string, name: string) =>
  clusterSection(page, cluster).getByRole('region', { name });

/** Fills the first step of both templates: the component and its cluster. */
async function pickServiceAndCluster(page: Page) {
  const component = page.getByRole('combobox', { name: /Component/ });
  await component.fill('image-renderer');
  await page.getByRole('option', { name: /image-renderer/ }).click();
  // The chosen option stays listed until the list is closed.
  await component.press('Escape');
  await page.getByRole('button', { name: /Cluster$/ }).click();
  await page.getByRole('option', { name: /^aks-virtualnodes/ }).click();
  await page.getByRole('button', { name: 'Next' }).click();
}

test('a developer gives a service Azure access from the template, and its page shows the federated identity', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/create/templates/default/azure-access');
  await pickServiceAndCluster(page);

  await page.getByRole('button', { name: /Role$/ }).click();
  await page.getByRole('option', { name: 'AcrPull' }).click();
  await page.getByRole('textbox', { name: 'On' }).fill(REGISTRY);
  // The cluster has the OIDC issuer off: the update is the user's to confirm.
  await page.getByText(/I confirm this update of the cluster/).click();
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Create' }).click();

  await expect(page.getByText('Client id').first()).toBeVisible({
    timeout: 90_000,
  });
  await page.getByRole('button', { name: 'The ServiceAccount' }).click();
  await expect(
    page.getByText('azure.workload.identity/client-id').first(),
  ).toBeVisible();
  await page.screenshot({
    path: `${SCREENSHOTS}/template-azure-access.png`,
    fullPage: true,
  });

  await page.goto('/catalog/default/component/image-renderer/aks');
  const identities = section(page, 'aks-virtualnodes', 'Workload identity');
  await expect(identities).toContainText('id-image-renderer-aks-virtualnodes');
  await expect(identities).toContainText('image-renderer');
  await expect(identities).toContainText('AcrPull');
});

test('a developer points Flux at a service’s repository from the template, and its page shows the configuration', async ({
  page,
}) => {
  test.slow();
  await signIn(page);
  await page.goto('/create/templates/default/aks-gitops');
  await pickServiceAndCluster(page);

  await page.getByRole('textbox', { name: 'Folder' }).fill('./deploy');
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByText(/Flux reports/).first()).toBeVisible({
    timeout: 90_000,
  });
  await page.screenshot({
    path: `${SCREENSHOTS}/template-gitops.png`,
    fullPage: true,
  });

  // The backend reads a cluster's GitOps through its cache (`aks.cacheTtlSeconds`,
  // a minute here), and the tab was read before the configuration existed.
  await page.goto('/catalog/default/component/image-renderer/aks');
  const gitOps = section(page, 'aks-virtualnodes', 'GitOps');
  await expect(async () => {
    await page.reload();
    await expect(gitOps).toContainText('image-renderer', { timeout: 5_000 });
  }).toPass({ timeout: 100_000 });
  await expect(gitOps).toContainText('Pending');
  await expect(gitOps).toContainText('./deploy');
});

test('the GitOps section shows what each cluster applied from the repository, and why not when it could not', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/catalog/default/component/payments-api');
  const card = page.getByRole('group', { name: 'aks-dev-free' });
  await expect(card).toContainText(/GitOps: payments-api not compliant for/);

  await page.goto('/catalog/default/component/payments-api/aks');
  const prod = section(page, 'aks-payments-prod', 'GitOps');
  await expect(prod).toContainText('Compliant');
  await expect(prod).toContainText('./deploy/production');
  const dev = section(page, 'aks-dev-free', 'GitOps');
  await expect(dev).toContainText('Non-Compliant');
  await expect(dev).toContainText(/unable to clone/);

  const identities = section(page, 'aks-payments-prod', 'Workload identity');
  await expect(identities).toContainText('id-payments-api');
  await expect(identities).toContainText('AcrPull');
  await expect(identities).toContainText('id-payments-worker');

  await prod.scrollIntoViewIfNeeded();
  await prod.screenshot({ path: `${SCREENSHOTS}/gitops.png` });
  await identities.scrollIntoViewIfNeeded();
  await identities.screenshot({ path: `${SCREENSHOTS}/workload-identity.png` });
  await dev.scrollIntoViewIfNeeded();
  await dev.screenshot({ path: `${SCREENSHOTS}/gitops-not-compliant.png` });
});
