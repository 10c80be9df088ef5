import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readiness } from '../../__testUtils__/maintenanceFixtures';
import { setupAksBackend } from '../../__testUtils__/mswServer';
import { renderTab, tabBackend } from './__testUtils__/tabBackend';

const server = setupAksBackend();

const blocking = readiness({
  disruptionBudgets: [
    {
      namespace: 'payments',
      name: 'payments-api',
      why: 'minAvailable 2 with 2 healthy pods',
    },
  ],
  deprecatedApis: [
    {
      group: 'flowcontrol.apiserver.k8s.io',
      version: 'v1beta3',
      resource: 'flowschemas',
      removedRelease: '1.32',
    },
  ],
  findings: [
    {
      code: 'RemovedApiInUse',
      severity: 'warning',
      title: 'Removed API still requested',
      message:
        'flowschemas of flowcontrol.apiserver.k8s.io/v1beta3 are still requested.',
      remedy: 'Move the clients to flowcontrol.apiserver.k8s.io/v1.',
    },
    {
      code: 'DisruptionBudgetBlocksDrain',
      severity: 'blocking',
      title: 'Disruption budget blocks draining',
      message:
        'payments/payments-api allows no disruption: minAvailable 2 with 2 healthy pods.',
      remedy: 'Scale payments-api up, or lower minAvailable, before upgrading.',
      docsUrl:
        'https://kubernetes.io/docs/tasks/run-application/configure-pdb/',
      nodePool: 'system',
    },
  ],
  blocking: true,
});

async function openUpgrade() {
  await renderTab();
  fireEvent.click(await screen.findByRole('button', { name: 'Upgrade…' }));
  return within(
    await screen.findByRole('dialog', { name: 'Upgrade aks-payments-prod' }),
  );
}

describe('the readiness of an upgrade', () => {
  it('shows the path, surge, quota, blocking budgets and removed APIs, and keeps Upgrade disabled until the findings are accepted', async () => {
    const requests = tabBackend(server, { readiness: blocking });
    const dialog = await openUpgrade();
    const group = within(
      await dialog.findByRole('group', {
        name: 'Readiness of the upgrade to 1.35.2',
      }),
    );
    const lines = (label: string) =>
      within(group.getByRole('list', { name: label }))
        .getAllByRole('listitem')
        .map(item => item.textContent);
    expect(lines('Upgrade path')).toEqual([
      'Control plane 1.34.5 → 1.35.2',
      'Pool system 1.34.5 → 1.35.2',
    ]);
    expect(lines('Surge nodes')).toEqual([
      'system: 1 extra node of Standard_D4ds_v5 (max surge 10%, the AKS default), 4 vCPUs',
    ]);
    expect(lines('vCPU quota')).toEqual([
      'standardDDSv5Family: 4 vCPUs needed, 88 of 100 free',
    ]);
    expect(lines('Disruption budgets blocking drain')).toEqual([
      'payments/payments-api: minAvailable 2 with 2 healthy pods',
    ]);
    expect(lines('Removed APIs still in use')).toEqual([
      'flowcontrol.apiserver.k8s.io/v1beta3 flowschemas, removed in 1.32',
    ]);
    // Worst first.
    expect(
      within(group.getByRole('list', { name: 'Findings' }))
        .getAllByRole('listitem')
        .map(item =>
          item.querySelector('[data-code]')?.getAttribute('data-code'),
        ),
    ).toEqual(['DisruptionBudgetBlocksDrain', 'RemovedApiInUse']);

    const upgrade = dialog.getByRole('button', { name: 'Upgrade' });
    expect(upgrade).toBeDisabled();
    fireEvent.click(
      group.getByRole('checkbox', {
        name: 'Upgrade anyway, with these findings',
      }),
    );
    await waitFor(() => expect(upgrade).toBeEnabled());
    fireEvent.click(upgrade);

    await waitFor(() =>
      expect(requests.filter(r => r.method === 'POST')).toHaveLength(1),
    );
    const [post] = requests.filter(r => r.method === 'POST');
    expect(post.url.pathname).toMatch(/\/aks-payments-prod\/upgrade$/);
    expect(post.body).toEqual({
      kubernetesVersion: '1.35.2',
      confirmFindings: true,
    });
    const asked = requests.filter(r =>
      r.url.pathname.endsWith('/upgrade-readiness'),
    );
    expect(asked[0].url.searchParams.get('version')).toBe('1.35.2');
    expect(asked[0].url.searchParams.get('entityRef')).toBe(
      'component:default/payments-api',
    );
  });

  it('asks again for the control plane alone, and upgrades without confirming when nothing blocks', async () => {
    const requests = tabBackend(server);
    const dialog = await openUpgrade();
    expect(
      await dialog.findByText('Nothing stands in the way.'),
    ).toBeInTheDocument();
    expect(dialog.queryByRole('checkbox')).toBeNull();

    fireEvent.click(
      dialog.getByRole('switch', {
        name: 'Control plane only: node pools keep their version',
      }),
    );
    await waitFor(() =>
      expect(
        requests.filter(
          r => r.url.searchParams.get('controlPlaneOnly') === 'true',
        ),
      ).toHaveLength(1),
    );
    await dialog.findByText('Nothing stands in the way.');
    const upgrade = dialog.getByRole('button', { name: 'Upgrade' });
    await waitFor(() => expect(upgrade).toBeEnabled());
    fireEvent.click(upgrade);
    await waitFor(() =>
      expect(requests.filter(r => r.method === 'POST')).toHaveLength(1),
    );
    expect(requests.find(r => r.method === 'POST')!.body).toEqual({
      kubernetesVersion: '1.35.2',
      controlPlaneOnly: true,
    });
  });
});
