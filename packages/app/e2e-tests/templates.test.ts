import { expect } from '@playwright/test';
import { expectAccessible, gotoInTheme } from './accessibility';
import { guestToken, SCREENSHOTS, signIn, test } from './portal';

test('the template form waits for the subscription, saying so, and has no accessibility violations of ours, light or dark', async ({
  page,
}) => {
  await signIn(page);
  for (const mode of ['light', 'dark'] as const) {
    await gotoInTheme(page, '/create/templates/default/aks-cluster', mode);
    const region = page.getByRole('button', { name: /Region$/ });
    await expect(region).toBeDisabled();
    await expect(region).toContainText('Choose a subscription first');
    await expectAccessible(page, `template form (${mode})`);
  }
  await page.evaluate(() => localStorage.removeItem('theme'));
});

/** The demo's Contoso Development subscription. */
const DEVELOPMENT = '6f1a2b3c-0000-4000-8000-000000000002';

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
  // Backstage UI's checkbox hides its input behind the label.
  await page
    .getByText('Create the resource group if it does not exist')
    .click();
  await expect(
    page.getByLabel('Create the resource group if it does not exist'),
  ).toBeChecked();
  // A name AKS refuses is explained in words, not as the pattern.
  const clusterName = page.getByRole('textbox', { name: 'Cluster name' });
  await clusterName.fill('-payments');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(
    page
      .getByText(
        'must be 1-63 letters, digits, hyphens (-) or underscores (_), and start and end with a letter or digit',
      )
      .first(),
  ).toBeVisible();
  await expect(page.getByText(/a-zA-Z0-9/)).toHaveCount(0);
  await clusterName.fill(name);
  await pick('Region', 'North Europe');

  // The default first, then the stable versions, the previews last and marked.
  await page.getByRole('button', { name: /Kubernetes version$/ }).click();
  const versions = await page.getByRole('option').allTextContents();
  expect(versions[0]).toMatch(/the default/);
  expect(versions.filter(v => /the default/.test(v))).toHaveLength(1);
  const firstPreview = versions.findIndex(v => /preview/.test(v));
  expect(firstPreview).toBeGreaterThan(0);
  expect(versions.slice(firstPreview).every(v => /preview/.test(v))).toBe(true);
  await page.keyboard.press('Escape');
  await pick('Kubernetes version', '1\\.35\\.2');
  await page.screenshot({
    path: `${SCREENSHOTS}/template-form.png`,
    fullPage: true,
  });
  for (const field of [
    'VM size of the system nodes',
    'Automatic upgrades',
    'Virtual nodes',
    'Create a container registry the cluster pulls from',
  ]) {
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByLabel(field)).toBeVisible();
  }
  await page.getByRole('button', { name: 'Review' }).click();
  await expect(page.getByText(name).first()).toBeVisible();
  // What was picked, by the names it was picked by.
  for (const [field, shown] of [
    ['Subscription', 'Contoso Development'],
    ['Region', 'North Europe'],
  ]) {
    await expect(
      page.getByRole('row', { name: new RegExp(`^${field}`) }).first(),
    ).toContainText(shown);
  }
  await expect(page.getByText(DEVELOPMENT)).toHaveCount(0);
  await expect(page.getByText('northeurope')).toHaveCount(0);
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
    `http://localhost:7007/api/aks/clusters/${DEVELOPMENT}/rg-e2e/${name}`,
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

test('the cluster picker shows the health of each cluster and does not offer the ones the action would refuse', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/create/templates/default/aks-spot-node-pool');
  await page.getByRole('button', { name: /Cluster$/ }).click();

  const stopped = page.getByRole('option', { name: /^aks-dev-stopped/ });
  await expect(stopped).toContainText('it is stopped; start it first');
  await expect(stopped).toHaveAttribute('aria-disabled', 'true');
  const running = page.getByRole('option', { name: /^aks-payments-prod/ });
  await expect(running).toContainText('Healthy');
  await expect(running).not.toHaveAttribute('aria-disabled', 'true');
});
