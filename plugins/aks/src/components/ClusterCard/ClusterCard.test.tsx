import { screen, within } from '@testing-library/react';
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
} from '../../__testUtils__/fixtures';
import { aksUrl, setupAksBackend } from '../../__testUtils__/mswServer';
import type { Entity } from '@backstage/catalog-model';
import type { EntityClusters } from '@aks-backstage/plugin-aks-common';

const server = setupAksBackend();
const clustersPath = aksUrl(
  '/entities/component/default/payments-api/clusters',
);

function render(subject: Entity, body?: EntityClusters, status = 200) {
  if (body || status !== 200) {
    server.use(
      http.get(clustersPath, () =>
        HttpResponse.json(
          body ?? {
            error: { name: 'NotAllowedError', message: 'Not allowed' },
          },
          { status },
        ),
      ),
    );
  }
  return renderTestApp({
    extensions: [
      createTestEntityPage({ entity: subject }),
      aksPlugin.getExtension('api:aks'),
      aksPlugin.getExtension('entity-card:aks/cluster'),
    ],
  });
}

describe('the cluster card', () => {
  it('shows the health, version, support and settings of the cluster', async () => {
    render(
      annotated('aks-payments-prod'),
      entityClusters({
        clusterId: clusterId('aks-payments-prod'),
        cluster: cluster({
          tier: 'Free',
          health: {
            status: 'degraded',
            warnings: [
              {
                code: 'AutoscalerAtMax',
                severity: 'warning',
                title: 'Autoscaler at maximum',
                message: 'Node pool system has reached its autoscaler maximum.',
                remedy: 'Raise the autoscaler maximum of system.',
                docsUrl:
                  'https://learn.microsoft.com/azure/aks/cluster-autoscaler',
                nodePool: 'system',
              },
            ],
          },
          addons: {
            virtualNodes: { enabled: true, subnetName: 'virtual-nodes' },
            profiles: {},
          },
        }),
      }),
    );

    const section = await screen.findByRole('region', {
      name: 'aks-payments-prod',
    });
    const facts = within(section);
    expect(
      facts.getByRole('status', { name: 'Health: Degraded' }),
    ).toBeInTheDocument();
    expect(
      facts.getByText(/reached its autoscaler maximum/),
    ).toBeInTheDocument();
    expect(
      facts.getByText(/What to do: Raise the autoscaler maximum/),
    ).toBeInTheDocument();
    expect(facts.getByRole('link', { name: 'Learn more' })).toHaveAttribute(
      'href',
      'https://learn.microsoft.com/azure/aks/cluster-autoscaler',
    );
    expect(facts.getByText('1.34.5')).toBeInTheDocument();
    expect(facts.getByText('1.35.2')).toBeInTheDocument();
    expect(facts.getByText('Supported until Nov 30, 2027')).toBeInTheDocument();
    expect(facts.getByText('Free: no uptime SLA')).toBeInTheDocument();
    expect(
      facts.getByText('System-assigned managed identity'),
    ).toBeInTheDocument();
    const network = within(
      facts.getByLabelText(
        'Network (chosen at creation, cannot be changed in place)',
      ),
    );
    expect(network.getByText('Azure CNI Overlay')).toBeInTheDocument();
    expect(network.getByText('overlay')).toBeInTheDocument();
    expect(network.getAllByText('cilium')).toHaveLength(2);
    expect(network.getByText('250')).toBeInTheDocument();
    expect(
      facts.getByText('aks-payments-prod-dns.hcp.westeurope.azmk8s.io'),
    ).toBeInTheDocument();
    expect(facts.getByText('On, subnet virtual-nodes')).toBeInTheDocument();
    expect(facts.getByText('patch')).toBeInTheDocument();
    expect(facts.getByText('NodeImage')).toBeInTheDocument();
    expect(
      facts.getByRole('link', {
        name: 'Open aks-payments-prod in the Azure portal',
      }),
    ).toHaveAttribute(
      'href',
      `https://portal.azure.com/#@/resource${clusterId(
        'aks-payments-prod',
      )}/overview`,
    );
    expect(facts.getByText('12/1/2026, 9:00:00 AM UTC')).toBeInTheDocument();
    expect(facts.queryByText(/Stale/)).not.toBeInTheDocument();
  });

  it('names the service principal of a cluster without a managed identity, and when its secret expires', async () => {
    render(
      annotated('aks-reporting-prod'),
      entityClusters({
        clusterId: clusterId('aks-reporting-prod'),
        cluster: cluster({
          name: 'aks-reporting-prod',
          identity: {
            type: 'None',
            servicePrincipal: {
              clientId: 'b2c3d4e5-0000-4000-8000-0000000000a1',
              secretExpiresOn: '2026-12-06T10:00:00.000Z',
            },
          },
        }),
      }),
    );
    const section = await screen.findByRole('region', {
      name: 'aks-reporting-prod',
    });
    expect(
      within(section).getByText(
        'Service principal b2c3d4e5-0000-4000-8000-0000000000a1, last secret expires Dec 6, 2026',
      ),
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
        'Stale: Azure did not answer, showing data read 12/1/2026, 9:00:00 AM UTC',
      ),
    ).toBeInTheDocument();
  });

  it('gives one section per cluster, and says which could not be read and why', async () => {
    render(
      annotated('aks-payments-prod', 'aks-gone', 'aks-down'),
      entityClusters(
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
      await screen.findByRole('region', { name: 'aks-payments-prod' }),
    ).toBeInTheDocument();
    expect(screen.getByText('aks-gone: Cluster not found')).toBeInTheDocument();
    expect(screen.getByText(/it was deleted or moved/)).toBeInTheDocument();
    expect(
      screen.getByText('aks-down: Azure is unavailable'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/No earlier data of this cluster is cached/),
    ).toBeInTheDocument();
  });

  it('explains a refusal without showing the raw error', async () => {
    render(annotated('aks-payments-prod'), undefined, 403);
    expect(await screen.findByText('Not allowed')).toBeInTheDocument();
    expect(
      screen.getByText(
        'You do not have the aks.cluster.read permission for this entity.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.queryByText(/ResponseError|at .*\.tsx/),
    ).not.toBeInTheDocument();
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
    expect(screen.queryByText('Kubernetes on Azure')).not.toBeInTheDocument();
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
});
