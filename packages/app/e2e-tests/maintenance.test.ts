import { expect, Page } from '@playwright/test';
import { clusterSection, SCREENSHOTS, signIn, test } from './portal';

/** "Sun, Dec 13, 01:00–05:00 your time (Sun 02:00–06:00 UTC+01:00)" */
const OCCURRENCE =
  /^\w{3}, \w{3} \d{1,2}, \d{2}:\d{2}–\d{2}:\d{2} your time \(\w{3} \d{2}:\d{2}–\d{2}:\d{2} UTC[+-]\d{2}:\d{2}\)$/;

const autoUpgradeWindow = (page: Page, cluster: string) =>
  page
    .getByRole('group', { name: `Maintenance of ${cluster}` })
    .getByRole('group', { name: 'Auto-upgrade window' });

test('the tab shows when a cluster will next change: its channels and next three windows, in your time and the window’s own', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/catalog/default/component/payments-api/aks');
  const maintenance = page.getByRole('group', {
    name: 'Maintenance of aks-payments-prod',
  });
  await expect(maintenance).toContainText('Automatic upgradesPatch');

  const window = autoUpgradeWindow(page, 'aks-payments-prod');
  await expect(window).toContainText(
    /Every Sunday \d{2}:\d{2}–\d{2}:\d{2} UTC\+01:00/,
  );
  const next = window
    .getByRole('list', { name: 'Next auto-upgrade windows' })
    .getByRole('listitem');
  await expect(next).toHaveCount(3);
  for (const text of await next.allTextContents()) {
    expect(text).toMatch(OCCURRENCE);
    expect(text).toMatch(/\(Sun .* UTC\+01:00\)$/);
  }
  await maintenance.scrollIntoViewIfNeeded();
  await maintenance.screenshot({ path: `${SCREENSHOTS}/maintenance.png` });
});

test('a window is previewed, five occurrences ahead, before it is saved', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/catalog/default/component/payments-api/aks');
  const window = autoUpgradeWindow(page, 'aks-payments-prod');
  await window.getByRole('button', { name: 'Set window…' }).click();

  const dialog = page.getByRole('dialog', {
    name: 'Auto-upgrade window of aks-payments-prod',
  });
  const hours = dialog.getByRole('textbox', { name: 'Hours' });
  // React Aria's number field takes what was typed when the field is left.
  await hours.fill('2');
  await hours.blur();
  await expect(dialog.getByText('From 4 to 24 hours')).toBeVisible();
  await expect(
    dialog.getByRole('button', { name: 'Save window' }),
  ).toBeDisabled();

  await hours.fill('5');
  await hours.blur();
  await dialog.getByRole('textbox', { name: 'Start time' }).fill('03:00');
  const preview = dialog
    .getByRole('list', { name: 'Next five windows' })
    .getByRole('listitem');
  await expect(preview).toHaveCount(5);
  await expect(preview.first()).toContainText('(Sun 03:00–08:00 UTC+01:00)');
  await dialog.getByRole('button', { name: 'Save window' }).click();

  await expect(dialog).toBeHidden();
  await expect(window).toContainText('Every Sunday 03:00–08:00 UTC+01:00');
});

test('an upgrade the readiness check finds blocked waits until the user accepts the findings', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/catalog/default/component/platform-ingress/aks');
  await clusterSection(page, 'aks-platform-lts')
    .getByRole('button', { name: 'Upgrade…' })
    .click();

  const dialog = page.getByRole('dialog', { name: 'Upgrade aks-platform-lts' });
  const readiness = dialog.getByRole('group', {
    name: /^Readiness of the upgrade to 1\.33\.\d+$/,
  });
  await expect(readiness.getByRole('list', { name: 'Findings' })).toContainText(
    'Not enough vCPU quota',
  );
  await expect(readiness).toContainText(
    'standardFSv2Family: 8 vCPUs needed, 2 of 50 free',
  );
  const upgrade = dialog.getByRole('button', { name: 'Upgrade', exact: true });
  await expect(upgrade).toBeDisabled();
  await page.screenshot({ path: `${SCREENSHOTS}/upgrade-readiness.png` });

  await dialog.getByText('Upgrade anyway, with these findings').click();
  await expect(upgrade).toBeEnabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});
