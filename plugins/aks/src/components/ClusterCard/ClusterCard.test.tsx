import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { http, HttpResponse } from 'msw';
import aksPlugin from '../../alpha';
import { AksApi, aksApiRef } from '../../api';
import { ClusterCard } from './ClusterCard';
import {
  annotated,
  cluster,
  clusterId,
  entity,
  entityClusters,
  finding,
} from '../../__testUtils__/fixtures';
import {
  aksUrl,
  backendError,
  setupAksBackend,
} from '../../__testUtils__/mswServer';
import {
  clusterGitOps,
  entityGitOps,
  entityReadsBackend,
  fluxConfiguration,
  hoursAgo,
  REPOSITORY,
} from '../../__testUtils__/entityReadFixtures';
import type { Entity } from '@backstage/catalog-model';
import type { EntityClusters } from '@aks-backstage/plugin-aks-common';

const server = setupAksBackend();
const clustersPath = aksUrl(
  '/entities/component/default/payments-api/clusters',
);

function render(subject: Entity, body?: EntityClusters) {
  if (body) {
    server.use(http.get(clustersPath, () => HttpResponse.json(body)));
  }
  return renderTestApp({
    extensions: [
      createTestEntityPage({ entity: subject }),
      aksPlugin.getExtension('api:aks'),
      aksPlugin.getExtension('entity-card:aks/cluster'),
    ],
  });
}

describe('the AKS clusters card', () => {
  it('sums each cluster up in a row: health, version and support, power, nodes, the worst problem', async () => {
    render(
      annotated('aks-payments-prod', 'aks-dev-free'),
      entityClusters(
        {
          clusterId: clusterId('aks-payments-prod'),
          cluster: cluster({
            health: {
              status: 'unhealthy',
              warnings: [
                finding({ code: 'FreeTierNoSla', severity: 'info' }),
                finding(),
                finding({
                  code: 'OutOfSupport',
                  severity: 'error',
                  title: 'Kubernetes version out of support',
                }),
              ],
            },
          }),
        },
        {
          clusterId: clusterId('aks-dev-free', 'rg-dev'),
          cluster: cluster({
            name: 'aks-dev-free',
            powerState: 'Stopped',
            health: { status: 'stopped', warnings: [] },
          }),
        },
      ),
    );
    const prod = within(
      await screen.findByRole('group', { name: 'aks-payments-prod' }),
    );
    expect(
      prod.getByRole('status', { name: 'Health: Unhealthy' }),
    ).toBeInTheDocument();
    expect(
      prod.getByText(
        'Kubernetes 1.34.5, supported until Nov 30, 2027 · Running · 3 nodes',
      ),
    ).toBeInTheDocument();
    expect(
      prod.getByText(/Kubernetes version out of support and 1 more problem/),
    ).toBeInTheDocument();

    const dev = within(screen.getByRole('group', { name: 'aks-dev-free' }));
    expect(
      dev.getByRole('status', { name: 'Health: Stopped' }),
    ).toBeInTheDocument();
    expect(dev.getByText(/· Stopped ·/)).toBeInTheDocument();
    expect(dev.queryByText(/Problem|Warning/)).toBeNull();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
      'AKS clusters',
    );
  });

  it('says what Azure is doing to a cluster instead of its health', async () => {
    render(
      annotated('aks-payments-prod'),
      entityClusters({
        clusterId: clusterId('aks-payments-prod'),
        cluster: cluster({ provisioningState: 'Stopping' }),
      }),
    );
    expect(
      await screen.findByRole('status', { name: 'Health: Stopping…' }),
    ).toBeInTheDocument();
  });

  it('marks last-known data served while Azure is unavailable as stale', async () => {
    render(
      annotated('aks-payments-prod'),
      entityClusters({
        clusterId: clusterId('aks-payments-prod'),
        cluster: cluster({ stale: true }),
      }),
    );
    expect(
      await screen.findByText(
        'Stale: Azure did not answer, showing data read Dec 1, 2026, 9:00 AM UTC',
      ),
    ).toBeInTheDocument();
  });

  it("shows each cluster that could not be read with the server's words, and still the others", async () => {
    render(
      annotated('aks-payments-prod', 'aks-gone', 'aks-down'),
      entityClusters(
        {
          clusterId: '/subscriptions/x/resourceGroups/rg search/aks-typo',
          error: {
            name: 'InputError',
            message:
              "Annotation azure.com/aks-cluster-id: Invalid resourceGroup 'rg search'",
          },
        },
        { clusterId: clusterId('aks-payments-prod'), cluster: cluster() },
        {
          clusterId: clusterId('aks-gone'),
          error: {
            name: 'NotFoundError',
            message: 'Not found in subscription Contoso Production',
          },
        },
        {
          clusterId: clusterId('aks-down'),
          error: {
            name: 'ServiceUnavailableError',
            message: 'Azure Resource Manager is unavailable',
          },
        },
      ),
    );
    expect(
      await screen.findByRole('group', { name: 'aks-payments-prod' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('aks-typo: Invalid cluster id'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        "Annotation azure.com/aks-cluster-id: Invalid resourceGroup 'rg search'",
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('aks-gone: Cluster not found')).toBeInTheDocument();
    expect(
      screen.getByText('Not found in subscription Contoso Production'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('aks-down: Azure is unavailable'),
    ).toBeInTheDocument();
    // Only what may pass by itself offers to try again.
    expect(screen.getAllByRole('button', { name: 'Retry' })).toHaveLength(1);
  });

  it("shows the server's message when the request is refused, without a Retry", async () => {
    server.use(
      http.get(clustersPath, () =>
        backendError(403, 'NotAllowedError', 'Not allowed: aks.cluster.read'),
      ),
    );
    render(annotated('aks-payments-prod'));
    expect(await screen.findByText('Not allowed')).toBeInTheDocument();
    expect(
      screen.getByText('Not allowed: aks.cluster.read'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(
      screen.queryByText(/ResponseError|at .*\.tsx/),
    ).not.toBeInTheDocument();
  });

  it('offers a Retry when the backend could not answer, and reads again', async () => {
    let calls = 0;
    server.use(
      http.get(clustersPath, () => {
        calls += 1;
        return calls === 1
          ? backendError(
              503,
              'ServiceUnavailableError',
              'The AKS backend is restarting',
            )
          : HttpResponse.json(
              entityClusters({
                clusterId: clusterId('aks-payments-prod'),
                cluster: cluster(),
              }),
            );
      }),
    );
    render(annotated('aks-payments-prod'));
    expect(
      await screen.findByText('The AKS backend is restarting'),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('group', { name: 'aks-payments-prod' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(calls).toBe(2));
  });

  it('shows a placeholder while the clusters load', async () => {
    server.use(http.get(clustersPath, () => new Promise(() => {})));
    render(annotated('aks-payments-prod'));
    expect(
      await screen.findByLabelText('Loading clusters'),
    ).toBeInTheDocument();
  });

  it('is not on the page of an entity without the annotation', async () => {
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: entity() }),
        aksPlugin.getExtension('api:aks'),
        aksPlugin.getExtension('entity-card:aks/cluster'),
        EntityCardBlueprint.make({
          name: 'sentinel',
          params: { loader: async () => <div>other card</div> },
        }),
      ],
    });
    expect(await screen.findByText('other card')).toBeInTheDocument();
    expect(screen.queryByText('AKS clusters')).not.toBeInTheDocument();
  });

  it('says how to add the annotation where an app shows it anyway', async () => {
    await renderInTestApp(
      <TestApiProvider apis={[[aksApiRef, {} as AksApi]]}>
        <EntityProvider entity={entity()}>
          <ClusterCard />
        </EntityProvider>
      </TestApiProvider>,
    );
    expect(screen.getByText('Missing Annotation')).toBeInTheDocument();
    expect(
      screen.getAllByText(/azure\.com\/aks-cluster-id/).length,
    ).toBeGreaterThan(0);
  });

  describe('GitOps line', () => {
    const withRepository = (...names: string[]) => {
      const subject = annotated(...names);
      subject.metadata.annotations![
        'backstage.io/source-location'
      ] = `url:${REPOSITORY}/tree/main/`;
      return subject;
    };
    const twoClusters = entityClusters(
      { clusterId: clusterId('aks-payments-prod'), cluster: cluster() },
      {
        clusterId: clusterId('aks-payments-dr'),
        cluster: cluster({ name: 'aks-payments-dr' }),
      },
    );
    const row = async (name: string) =>
      within(await screen.findByRole('group', { name }));

    it('sums up each cluster’s configurations in a line, from one request for all rows', async () => {
      const calls = entityReadsBackend(server, {
        gitOps: entityGitOps([
          clusterGitOps(),
          clusterGitOps({
            clusterId: clusterId('aks-payments-dr'),
            configurations: [
              fluxConfiguration({
                complianceState: 'Non-Compliant',
                nonCompliantSince: hoursAgo(2),
              }),
              fluxConfiguration({ name: 'payments-worker' }),
            ],
          }),
        ]),
      });
      render(
        withRepository('aks-payments-prod', 'aks-payments-dr'),
        twoClusters,
      );
      const prod = await row('aks-payments-prod');
      expect(
        await prod.findByText('GitOps compliant'),
      ).not.toHaveAttribute('data-tone');
      const dr = await row('aks-payments-dr');
      expect(
        dr.getByText('GitOps: payments-api not compliant for 2 hr'),
      ).toHaveAttribute('data-tone', 'negative');
      expect(calls.gitOps).toBe(1);
    });

    it.each([
      [
        'the state they share',
        [
          fluxConfiguration({ complianceState: 'Pending' }),
          fluxConfiguration({ name: 'b', complianceState: 'Pending' }),
        ],
        'GitOps: 2 configurations, pending',
      ],
      [
        'how many are compliant',
        [
          fluxConfiguration(),
          fluxConfiguration({ name: 'b', complianceState: 'Suspended' }),
        ],
        'GitOps: 1 of 2 configurations compliant',
      ],
      [
        'the longest not compliant and how many more are not',
        [
          fluxConfiguration({
            name: 'recent',
            complianceState: 'Non-Compliant',
            nonCompliantSince: hoursAgo(1),
          }),
          fluxConfiguration({
            name: 'oldest',
            complianceState: 'Non-Compliant',
            nonCompliantSince: hoursAgo(50),
          }),
          fluxConfiguration({ name: 'c', complianceState: 'Non-Compliant' }),
        ],
        'GitOps: oldest not compliant for 2 days, and 2 more',
      ],
      [
        'a configuration not compliant since a time Azure did not tell',
        [fluxConfiguration({ complianceState: 'NonCompliant' })],
        'GitOps: payments-api not compliant',
      ],
    ])('says %s', async (_, configurations, line) => {
      entityReadsBackend(server, {
        gitOps: entityGitOps([clusterGitOps({ configurations })]),
      });
      render(
        withRepository('aks-payments-prod'),
        entityClusters({
          clusterId: clusterId('aks-payments-prod'),
          cluster: cluster(),
        }),
      );
      expect(
        await (await row('aks-payments-prod')).findByText(line),
      ).toBeInTheDocument();
    });

    it('says when a cluster’s GitOps could not be read', async () => {
      entityReadsBackend(server, {
        gitOps: entityGitOps([
          clusterGitOps({
            configurations: undefined,
            error: { name: 'ServiceUnavailableError', message: 'ARM is down' },
          }),
        ]),
      });
      render(withRepository('aks-payments-prod'), twoClusters);
      expect(
        await (
          await row('aks-payments-prod')
        ).findByText('GitOps: could not be read'),
      ).toBeInTheDocument();
      expect(
        within(
          screen.getByRole('group', { name: 'aks-payments-dr' }),
        ).queryByText(/GitOps/),
      ).toBeNull();
    });

    it.each([
      [
        'a cluster without a configuration of the repository',
        entityGitOps([clusterGitOps({ configurations: [] })]),
      ],
      [
        'an entity whose repository the backend could not tell',
        entityGitOps([clusterGitOps()], null),
      ],
    ])('has no line for %s', async (_, gitOps) => {
      const calls = entityReadsBackend(server, { gitOps });
      render(withRepository('aks-payments-prod'), twoClusters);
      const prod = await row('aks-payments-prod');
      await waitFor(() => expect(calls.gitOps).toBe(1));
      // Let the answer render before looking for what it does not show.
      await new Promise(resolve => setTimeout(resolve, 50));
      expect(prod.queryByText(/GitOps/)).toBeNull();
    });

    it('asks nothing for an entity that names no repository', async () => {
      const calls = entityReadsBackend(server);
      render(annotated('aks-payments-prod'), twoClusters);
      expect(await row('aks-payments-prod')).toBeTruthy();
      expect(calls.gitOps).toBe(0);
      expect(screen.queryByText(/GitOps/)).toBeNull();
    });
  });
});
