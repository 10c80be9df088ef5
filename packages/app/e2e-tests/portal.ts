import { APIRequestContext, expect, Page } from '@playwright/test';

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
