import { expect, test } from '@playwright/test';
import { SCREENSHOTS, signIn } from './portal';

test('a developer creates an AKS cluster from the template, pickers included, and gets its links', async ({
  page,
}) => {
  const name = `aks-e2e-${Date.now().toString(36)}`;
  await signIn(page);
  await page.getByRole('link', { name: 'Create' }).click();
  for (const title of [
    'New AKS cluster',
    'New container registry',
    'Enable virtual nodes on an AKS cluster',
    'Add a spot node pool to an AKS cluster',
  ]) {
    await expect(page.getByText(title, { exact: true })).toBeVisible();
  }
  await page.goto('/create/templates/default/aks-cluster');

  const pick = async (field: string, option: string) => {
    await page.getByRole('button', { name: new RegExp(`${field}$`) }).click();
    await page.getByRole('option', { name: new RegExp(option) }).click();
  };
  await pick('Subscription', 'Contoso Development');
  await page.getByRole('textbox', { name: 'Resource group' }).fill('rg-e2e');
  await page
    .getByLabel('Create the resource group if it does not exist')
    .check();
  await page.getByRole('textbox', { name: 'Cluster name' }).fill(name);
  await pick('Region', 'North Europe');
  await pick('Kubernetes version', '1\\.35\\.2');
  await page.screenshot({
    path: `${SCREENSHOTS}/template-form.png`,
    fullPage: true,
  });
  for (const field of [
    'VM size of the system nodes',
    'Virtual nodes',
    'Create a container registry the cluster pulls from',
  ]) {
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByLabel(field)).toBeVisible();
  }
  await page.getByRole('button', { name: 'Review' }).click();
  await expect(page.getByText(name).first()).toBeVisible();
  await page.getByRole('button', { name: 'Create' }).click();

  await expect(
    page.getByRole('link', { name: 'The cluster in the Azure portal' }),
  ).toBeVisible({
    timeout: 90_000,
  });
  await expect(page.getByText(`managedClusters/${name}`).first()).toBeVisible();
  await page.screenshot({
    path: `${SCREENSHOTS}/template-done.png`,
    fullPage: true,
  });

  // The cluster exists in Azure (the emulator) and the fleet page lists it.
  await page.getByRole('link', { name: 'AKS clusters' }).click();
  await expect(
    page.getByRole('rowheader', { name: new RegExp(name) }),
  ).toBeVisible();
});
