import { expect, Page } from '@playwright/test';
import { expectAccessible, gotoInTheme } from './accessibility';
import { fleetClusterNames, SCREENSHOTS, signIn, test } from './portal';

/**
 * HEALTH_STATUSES of @aks-backstage/plugin-aks-common, worst first: the
 * order the fleet opens in. (The app does not depend on that package.)
 */
const HEALTH_STATUSES = [
  'unhealthy',
  'degraded',
  'unknown',
  'updating',
  'stopped',
  'healthy',
];

const fleet = (page: Page) => page.locator('[data-aks-plugin]');

/** "3 of 11 clusters": the rows shown, and the fleet they are of. */
const COUNTER = /^(\d+) of (\d+) clusters?/;

async function counter(page: Page): Promise<{ shown: number; of: number }> {
  const text = await fleet(page).getByText(COUNTER).textContent();
  const [, shown, of] = COUNTER.exec(text ?? '') ?? [];
  return { shown: Number(shown), of: Number(of) };
}

/** The health each row shows, top to bottom, as HEALTH_STATUSES names it. */
const rowHealths = (page: Page) =>
  fleet(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') })
    .getByRole('status', { name: /^Health: / })
    .evaluateAll(statuses =>
      statuses.map(s =>
        s.getAttribute('aria-label')!.replace('Health: ', '').toLowerCase(),
      ),
    );

/** The counter says as many rows as the table shows (the fleet has one page). */
async function expectCounterToMatchRows(page: Page) {
  await expect(async () => {
    const rows = await fleet(page).getByRole('rowheader').count();
    expect((await counter(page)).shown).toBe(rows);
  }).toPass();
}

/** Elements of each column header that the browser had to cut short. */
const cutHeaders = (page: Page) =>
  fleet(page)
    .getByRole('columnheader')
    .evaluateAll(headers =>
      headers
        .filter(h =>
          [h, ...h.querySelectorAll('*')].some(
            e => e.scrollWidth > e.clientWidth,
          ),
        )
        .map(h => `${h.textContent} (${h.clientWidth} px)`),
    );

/** The table's containers that scroll sideways, each as "scrollWidth > clientWidth". */
const sideScroll = (page: Page) =>
  fleet(page)
    .locator('table')
    .evaluate(table => {
      const wrappers = [
        table.parentElement!,
        table.parentElement!.parentElement!,
      ];
      return wrappers
        .filter(w => w.scrollWidth > w.clientWidth)
        .map(w => `${w.className}: ${w.scrollWidth} > ${w.clientWidth}`);
    });

async function openFleet(page: Page) {
  await page.goto('/aks');
  await expect(fleet(page).getByRole('rowheader').first()).toBeVisible();
}

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
});

test('the fleet opens worst health first, under charts of the whole fleet', async ({
  page,
}) => {
  await signIn(page);
  await openFleet(page);

  const healths = await rowHealths(page);
  const ranks = healths.map(h => HEALTH_STATUSES.indexOf(h));
  expect(ranks, `health of each row: ${healths.join(', ')}`).not.toContain(-1);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

  for (const chart of [
    /^Clusters by Kubernetes version: 1\.\d+, \d+ clusters?/,
    /^Clusters by support: Supported, \d+; LTS only, \d+; Out of support, \d+; Unknown, \d+$/,
    /^Support timeline: 1\.\d+/,
  ]) {
    const image = fleet(page).getByRole('img', { name: chart });
    await expect(image).toBeVisible();
    expect((await image.boundingBox())!.height).toBeLessThanOrEqual(200);
  }
  await page.screenshot({ path: `${SCREENSHOTS}/fleet.png`, fullPage: true });
});

test('the counter counts the rows shown after a search and a health filter', async ({
  page,
}) => {
  await signIn(page);
  await openFleet(page);
  const whole = await counter(page);
  expect(whole.shown).toBe(whole.of);

  const search = fleet(page).getByRole('searchbox', {
    name: 'Search clusters',
  });
  await search.fill('dev');
  await expectCounterToMatchRows(page);
  expect((await counter(page)).shown).toBeLessThan(whole.of);
  await search.fill('');
  await expectCounterToMatchRows(page);

  await fleet(page)
    .getByRole('button', { name: /Health/ })
    .click();
  await page.getByRole('option', { name: 'Degraded' }).click();
  await expect(async () => {
    expect(new Set(await rowHealths(page))).toEqual(new Set(['degraded']));
  }).toPass();
  await expectCounterToMatchRows(page);
  expect((await counter(page)).of).toBe(whole.of);

  await fleet(page)
    .getByRole('button', { name: /Health/ })
    .click();
  await page.getByRole('option', { name: 'Any health' }).click();
  await expect(fleet(page).getByText(COUNTER)).toHaveText(
    new RegExp(`^${whole.of} of ${whole.of} clusters`),
  );
  await expectCounterToMatchRows(page);
});

test("the fleet shows each cluster's auto-upgrade channel and next window, and finds those that can upgrade at any time", async ({
  page,
}) => {
  await signIn(page);
  await openFleet(page);
  const payments = fleet(page).getByRole('row', { name: /^aks-payments-prod/ });
  await expect(payments).toContainText('Patch');
  await expect(payments).toContainText(/\w{3}\s\d{1,2},\s\d{4}/);

  await fleet(page)
    .getByRole('button', { name: /Maintenance/ })
    .click();
  await page
    .getByRole('option', { name: 'Auto-upgrade without a window' })
    .click();
  await expect(
    fleet(page).getByRole('rowheader', { name: /aks-virtualnodes/ }),
  ).toBeVisible();
  await expect(
    fleet(page).getByRole('rowheader', { name: /aks-payments-prod/ }),
  ).toHaveCount(0);
  await expectCounterToMatchRows(page);
  for (const row of await fleet(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader') })
    .all()) {
    await expect(row).toContainText('No window');
  }
});

test('nothing in the table is cut or scrolls sideways at 1280 and 1024 px', async ({
  page,
}) => {
  await signIn(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await openFleet(page);
  await expect(fleet(page).getByRole('columnheader')).toHaveCount(8);
  expect(await cutHeaders(page), 'cut headers at 1280 px').toEqual([]);
  expect(await sideScroll(page), 'side-scroll at 1280 px').toEqual([]);

  // Loaded at that size, as a user on a small screen meets it: right after a
  // resize the table takes a frame to measure itself again.
  await page.setViewportSize({ width: 1024, height: 768 });
  await openFleet(page);
  await expect(
    fleet(page).getByRole('columnheader', { name: 'Catalog' }),
  ).toHaveCount(0);
  expect(await cutHeaders(page), 'cut headers at 1024 px').toEqual([]);
  expect(await sideScroll(page), 'side-scroll at 1024 px').toEqual([]);
  await page.screenshot({
    path: `${SCREENSHOTS}/fleet-1024.png`,
    fullPage: true,
  });
});

test('the fleet page passes axe-core in both themes', async ({ page }) => {
  await signIn(page);
  await openFleet(page);
  await expect(page.getByRole('main')).toHaveCount(1);
  await expectAccessible(page, 'fleet page (light)');

  await gotoInTheme(page, '/aks', 'dark');
  await expect(fleet(page).getByRole('rowheader').first()).toBeVisible();
  await expectAccessible(page, 'fleet page (dark)');
});
