import { appendFileSync, mkdirSync } from 'node:fs';
import {
  APIRequestContext,
  expect,
  Page,
  test as base,
} from '@playwright/test';

const WARNINGS_LOG = 'test-results/console-warnings.log';
mkdirSync('test-results', { recursive: true });

/** How deprecations and migration notices read. */
const DEPRECATION = /deprecat|will be removed|implicit React Router/i;

/**
 * Deprecation warnings of Backstage's own code and its libraries, which the
 * AKS plugin neither causes nor can change: Material UI v4 and
 * material-table in Backstage's core components, the app's default icons,
 * and other plugins' pages.
 */
const NOT_OURS = [
  /findDOMNode is deprecated/,
  /Support for defaultProps will be removed/,
  /registered as IconComponent/,
  /Extension '(?!(page|entity-content|entity-card):aks\b)[^']+' uses implicit React Router/,
];

/**
 * Playwright's test, whose page fails the test on a deprecation warning that
 * the AKS plugin or its templates cause; every warning is written to
 * `test-results/console-warnings.log` for a look at the others.
 */
export const test = base.extend({
  page: async ({ page }, use) => {
    const ours: string[] = [];
    page.on('console', message => {
      if (!['warning', 'error'].includes(message.type())) return;
      const text = message.text();
      appendFileSync(WARNINGS_LOG, `${message.location().url} ${text}\n`);
      if (DEPRECATION.test(text) && !NOT_OURS.some(n => n.test(text))) {
        ours.push(text.split('\n')[0]);
      }
    });
    await use(page);
    expect(ours, 'deprecation warnings from the AKS plugin').toEqual([]);
  },
});

export const SCREENSHOTS = 'docs/screenshots';

/** Signs in as guest, waiting for the app's dev server on the first visit. */
export async function signIn(page: Page) {
  await expect(async () => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Enter' }).click({ timeout: 5_000 });
  }).toPass({ timeout: 300_000 });
  await expect(page.getByRole('link', { name: 'AKS clusters' })).toBeVisible();
}

/** The section of one cluster on an entity page. */
export const clusterSection = (page: Page, name: string) =>
  page.getByRole('region', { name });

/** The signed-in guest's Backstage token, for calling the backend directly. */
export async function guestToken(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const res = await fetch('http://localhost:7007/api/auth/guest/refresh', {
      credentials: 'include',
    });
    return (await res.json()).backstageIdentity.token as string;
  });
}

/** The names of every cluster on the backend's fleet, as the signed-in guest sees them. */
export async function fleetClusterNames(
  page: Page,
  request: APIRequestContext,
): Promise<string[]> {
  const token = await guestToken(page);
  const fleet = await request.get(
    'http://localhost:7007/api/aks/clusters?limit=500',
    { headers: { Authorization: `Bearer ${token}` } },
  );
  const names: string[] = (await fleet.json()).items.map((c: any) => c.name);
  expect(names.length).toBeGreaterThan(5);
  return names;
}
