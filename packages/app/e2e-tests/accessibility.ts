import { appendFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, Page } from '@playwright/test';

/** Where the violations of Backstage's own markup around the plugin are written. */
const NOT_OURS_LOG = 'test-results/axe-not-ours.log';

/** The elements the AKS plugin renders: each of its surfaces carries this attribute. */
export const PLUGIN_ROOT = '[data-aks-plugin]';

const WCAG_2_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export type ThemeMode = 'light' | 'dark';

/** Opens a page in one of Backstage's two themes, as the user settings page chooses it. */
export async function gotoInTheme(page: Page, path: string, mode: ThemeMode) {
  await page.evaluate(theme => localStorage.setItem('theme', theme), mode);
  await page.goto(path);
  await expect(page.locator('body')).toHaveAttribute('data-theme-mode', mode);
}

/**
 * Runs axe-core (WCAG 2 A and AA) on the page: no violation may come from
 * the plugin's own elements. The violations of the page around them are
 * written to `test-results/axe-not-ours.log`.
 */
export async function expectAccessible(page: Page, what: string) {
  await expect(page.locator(PLUGIN_ROOT).first()).toBeVisible();
  const ours = await new AxeBuilder({ page })
    .include(PLUGIN_ROOT)
    .withTags(WCAG_2_AA)
    .analyze();
  const whole = await new AxeBuilder({ page }).withTags(WCAG_2_AA).analyze();
  for (const violation of whole.violations) {
    appendFileSync(
      NOT_OURS_LOG,
      `${what}: ${violation.id} (${violation.nodes.length}) ${violation.help}\n`,
    );
  }
  expect(
    ours.violations.map(v => ({
      rule: v.id,
      help: v.help,
      nodes: v.nodes.map(n => `${n.target.join(' ')}: ${n.failureSummary}`),
    })),
    `axe-core violations from the AKS plugin on ${what}`,
  ).toEqual([]);
}
