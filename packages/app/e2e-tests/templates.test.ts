import { expect } from '@playwright/test';
import { guestToken, SCREENSHOTS, signIn, test } from './portal';

test('a developer creates an AKS cluster from the template, pickers included, and gets its links', async ({
  page,
  request,
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

  // The cluster exists in Azure (the emulator), as the AKS backend reads it.
  const token = await guestToken(page);
  const created = await request.get(
    `http://localhost:7007/api/aks/clusters/6f1a2b3c-0000-4000-8000-000000000002/rg-e2e/${name}`,
    { headers: { Authorization: `Bearer ${token}` } },
  );
  expect(created.status()).toBe(200);
  expect(await created.json()).toMatchObject({
    name,
    location: 'northeurope',
    currentKubernetesVersion: '1.35.2',
    provisioningState: 'Succeeded',
  });
});
