import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  clusterGitOps,
  entityGitOps,
  fluxConfiguration,
  fluxNotCompliant,
  hoursAgo,
} from '../../__testUtils__/entityReadFixtures';
import { backendError, setupAksBackend } from '../../__testUtils__/mswServer';
import { renderTab, tabBackend } from '../AksContent/__testUtils__/tabBackend';
import { formatTime } from '../describe/dates';

const server = setupAksBackend();

/** The GitOps region of aks-payments-prod, once it has more than its loading line. */
async function gitOpsRegion() {
  const cluster = within(
    await screen.findByRole('region', { name: 'aks-payments-prod' }),
  );
  const region = cluster.getByRole('region', { name: 'GitOps' });
  await waitFor(() =>
    expect(region).not.toHaveTextContent('Reading the Flux configurations'),
  );
  return within(region);
}

/** The cells' text of each body row. */
const bodyRows = (region: { getAllByRole(role: 'row'): HTMLElement[] }) =>
  region
    .getAllByRole('row')
    .slice(1)
    .map(row =>
      Array.from(row.querySelectorAll('td, th'), cell => cell.textContent),
    );

describe('the GitOps section of the AKS tab', () => {
  it('lists a compliant configuration with its branch, path and the revision it last applied', async () => {
    const appliedAt = hoursAgo(2);
    tabBackend(server, {
      gitOps: entityGitOps([
        clusterGitOps({
          configurations: [fluxConfiguration({ lastAppliedAt: appliedAt })],
        }),
      ]),
    });
    await renderTab();
    const region = await gitOpsRegion();
    expect(region.getByText(/Flux configurations that sync/)).toHaveTextContent(
      'Flux configurations that sync https://github.com/contoso/payments-api',
    );
    expect(bodyRows(region)).toEqual([
      [
        'payments-apiNamespace payments',
        'Compliant',
        'main./deploy/prod',
        '4f2b9c12 hours ago',
      ],
    ]);
    expect(
      region.getByText('Compliant').closest('[data-tone]'),
    ).toHaveAttribute('data-tone', 'positive');
    expect(region.getByText('4f2b9c1')).toHaveAttribute(
      'title',
      'Revision main@sha1:4f2b9c1d8e7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c',
    );
    expect(region.getByText('2 hours ago')).toHaveAttribute(
      'title',
      formatTime(appliedAt),
    );
    expect(region.queryByRole('alert')).toBeNull();
    expect(region.queryByRole('list')).toBeNull();
  });

  it('puts a configuration that is not compliant first, with Azure’s reason under it and its finding as an alert', async () => {
    tabBackend(server, {
      gitOps: entityGitOps([
        clusterGitOps({
          configurations: [
            fluxConfiguration({ name: 'payments-worker' }),
            fluxConfiguration({
              complianceState: 'Non-Compliant',
              nonCompliantSince: hoursAgo(2),
              errorMessage:
                'kustomization path not found: lstat ./deploy/prd: no such file or directory',
              warnings: [fluxNotCompliant()],
            }),
          ],
        }),
      ]),
    });
    await renderTab();
    const region = await gitOpsRegion();
    const rows = bodyRows(region);
    expect(rows.map(cells => cells[0])).toEqual([
      'payments-apiNamespace payments',
      'payments-api: kustomization path not found: lstat ./deploy/prd: no such file or directory',
      'payments-workerNamespace payments',
    ]);
    expect(rows[0][1]).toBe('Non-compliant');
    expect(
      region.getByText(/kustomization path not found/).closest('td'),
    ).toHaveAttribute('colspan', '4');
    expect(
      region.getByText('Non-compliant').closest('[data-tone]'),
    ).toHaveAttribute('data-tone', 'negative');
    const problems = within(
      region.getByRole('list', {
        name: 'Problems of the Flux configurations on aks-payments-prod',
      }),
    );
    expect(
      problems.getByText('Flux configuration payments-api is not compliant'),
    ).toBeInTheDocument();
    expect(
      problems.getByRole('button', { name: 'Copy command' }),
    ).toBeInTheDocument();
  });

  it.each([
    ['Pending', 'Pending'],
    ['Reconciling', 'Reconciling'],
    ['', 'Unknown'],
  ])(
    'shows the state %j as %j in a neutral chip, without a reason row',
    async (complianceState, words) => {
      tabBackend(server, {
        gitOps: entityGitOps([
          clusterGitOps({
            configurations: [
              fluxConfiguration({
                complianceState,
                errorMessage: 'waiting for the source',
                lastAppliedRevision: undefined,
                lastAppliedAt: undefined,
              }),
            ],
          }),
        ]),
      });
      await renderTab();
      const region = await gitOpsRegion();
      expect(bodyRows(region)).toEqual([
        [
          'payments-apiNamespace payments',
          words,
          'main./deploy/prod',
          'Not applied yet',
        ],
      ]);
      expect(region.getByText(words).closest('[data-tone]')).toHaveAttribute(
        'data-tone',
        'neutral',
      );
    },
  );

  it('marks configurations served from cache while Azure is unavailable as stale', async () => {
    tabBackend(server, {
      gitOps: entityGitOps([
        clusterGitOps({ stale: true, fetchedAt: '2026-12-01T09:00:00.000Z' }),
      ]),
    });
    await renderTab();
    const region = await gitOpsRegion();
    expect(
      region.getByText(
        'Stale: Azure did not answer, showing data read Dec 1, 2026, 9:00 AM UTC',
      ),
    ).toBeInTheDocument();
    expect(region.getByText('Compliant')).toBeInTheDocument();
  });

  it('says which annotation to add when the entity names no repository', async () => {
    tabBackend(server, {
      gitOps: entityGitOps([clusterGitOps({ configurations: [] })], null),
    });
    await renderTab();
    const region = await gitOpsRegion();
    expect(region.getByText(/names no repository/)).toHaveTextContent(
      'Add the backstage.io/source-location annotation to its catalog-info.yaml',
    );
    expect(region.queryByRole('grid')).toBeNull();
  });

  it('says Flux is not installed and which template installs it', async () => {
    tabBackend(server, {
      gitOps: entityGitOps([
        clusterGitOps({ fluxInstalled: false, configurations: [] }),
      ]),
    });
    await renderTab();
    const region = await gitOpsRegion();
    expect(
      region.getByText(
        'Flux is not installed on this cluster. The “GitOps for a service” template installs it and points it at this repository.',
      ),
    ).toBeInTheDocument();
  });

  it('says no configuration syncs the repository when none does', async () => {
    tabBackend(server, {
      gitOps: entityGitOps([clusterGitOps({ configurations: [] })]),
    });
    await renderTab();
    const region = await gitOpsRegion();
    expect(region.getByText(/No Flux configuration/)).toHaveTextContent(
      'No Flux configuration on this cluster syncs https://github.com/contoso/payments-api. The “GitOps for a service” template adds one.',
    );
  });

  it('shows a cluster’s error once, and reads again on Retry when it may pass', async () => {
    let calls = 0;
    tabBackend(server, {
      gitOps: () => {
        calls += 1;
        return Response.json(
          calls === 1
            ? entityGitOps([
                clusterGitOps({
                  configurations: undefined,
                  fluxInstalled: undefined,
                  error: {
                    name: 'ServiceUnavailableError',
                    message: 'Azure Resource Manager is unavailable',
                  },
                }),
              ])
            : entityGitOps(),
        );
      },
    });
    await renderTab();
    const region = await gitOpsRegion();
    expect(region.getByText('Azure is unavailable')).toBeInTheDocument();
    expect(
      region.getAllByText('Azure Resource Manager is unavailable'),
    ).toHaveLength(1);
    fireEvent.click(region.getByRole('button', { name: 'Retry' }));
    expect(await region.findByText('Compliant')).toBeInTheDocument();
    expect(calls).toBe(2);
  });

  it('offers no Retry for a cluster the user may not read', async () => {
    tabBackend(server, {
      gitOps: entityGitOps([
        clusterGitOps({
          configurations: undefined,
          error: {
            name: 'NotAllowedError',
            message: 'The AKS identity may not read fluxConfigurations',
          },
        }),
      ]),
    });
    await renderTab();
    const region = await gitOpsRegion();
    expect(region.getByText('Not allowed')).toBeInTheDocument();
    expect(
      region.getByText('The AKS identity may not read fluxConfigurations'),
    ).toBeInTheDocument();
    expect(region.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  it('shows a failed request with the server’s words, and the rest of the tab', async () => {
    tabBackend(server, {
      gitOps: () =>
        backendError(
          503,
          'ServiceUnavailableError',
          'The AKS backend is restarting',
        ),
    });
    await renderTab();
    const region = await gitOpsRegion();
    expect(
      region.getByText('The AKS backend is restarting'),
    ).toBeInTheDocument();
    expect(region.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'Workload identity' }),
    ).toBeInTheDocument();
  });

  it('is read again with the cluster on Refresh', async () => {
    const requests = tabBackend(server);
    const reads = () =>
      requests
        .map(r => r.url.pathname.split('/').pop())
        .filter(last => last === 'gitops' || last === 'workload-identities')
        .sort();
    await renderTab();
    await gitOpsRegion();
    expect(reads()).toEqual(['gitops', 'workload-identities']);
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() =>
      expect(reads()).toEqual([
        'gitops',
        'gitops',
        'workload-identities',
        'workload-identities',
      ]),
    );
  });
});
