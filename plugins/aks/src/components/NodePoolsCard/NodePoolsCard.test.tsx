import { screen, within } from '@testing-library/react';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { http, HttpResponse } from 'msw';
import aksPlugin from '../../alpha';
import {
  annotated,
  cluster,
  clusterId,
  entityClusters,
  nodePool,
} from '../../__testUtils__/fixtures';
import { aksUrl, setupAksBackend } from '../../__testUtils__/mswServer';

const server = setupAksBackend();

describe('the node pools card', () => {
  it('gives a row per pool of each cluster', async () => {
    server.use(
      http.get(
        aksUrl('/entities/component/default/payments-api/clusters'),
        () =>
          HttpResponse.json(
            entityClusters(
              {
                clusterId: clusterId('aks-payments-prod'),
                cluster: cluster({
                  nodePools: [
                    nodePool({
                      enableAutoScaling: true,
                      count: 5,
                      minCount: 2,
                      maxCount: 5,
                    }),
                    nodePool({
                      name: 'spot',
                      mode: 'User',
                      vmSize: 'Standard_D8as_v5',
                      osSKU: 'Ubuntu',
                      scaleSetPriority: 'Spot',
                      scaleSetEvictionPolicy: 'Delete',
                      spotMaxPrice: -1,
                      nodeImageVersion:
                        'AKSUbuntu-2204gen2containerd-202601.01.0',
                      latestNodeImageVersion:
                        'AKSUbuntu-2204gen2containerd-202610.01.0',
                      availabilityZones: [],
                      maxPods: 110,
                      provisioningState: 'Scaling',
                    }),
                  ],
                }),
              },
              {
                clusterId: clusterId('aks-dev-free', 'rg-dev'),
                cluster: cluster({ name: 'aks-dev-free' }),
              },
            ),
          ),
      ),
    );
    renderTestApp({
      extensions: [
        createTestEntityPage({
          entity: annotated('aks-payments-prod', 'aks-dev-free'),
        }),
        aksPlugin.getExtension('api:aks'),
        aksPlugin.getExtension('entity-card:aks/node-pools'),
      ],
    });

    const prod = within(
      await screen.findByRole('region', { name: 'aks-payments-prod' }),
    );
    const [system, spot] = prod.getAllByRole('row').slice(1);
    expect(within(system).getByText('Standard_D4ds_v5')).toBeInTheDocument();
    expect(within(system).getByText('5, autoscaling 2–5')).toBeInTheDocument();
    expect(within(system).getByText('Zones 1, 2, 3')).toBeInTheDocument();
    expect(
      within(system).getByText('AKSAzureLinux-V3gen2-202610.01.0 (latest)'),
    ).toBeInTheDocument();

    expect(within(spot).getByText('User')).toBeInTheDocument();
    expect(within(spot).getByText('Linux Ubuntu')).toBeInTheDocument();
    expect(
      within(spot).getByText(
        'Spot: Delete on eviction, up to the on-demand price',
      ),
    ).toBeInTheDocument();
    expect(
      within(spot).getByText(
        'AKSUbuntu-2204gen2containerd-202601.01.0: behind, latest AKSUbuntu-2204gen2containerd-202610.01.0',
      ),
    ).toBeInTheDocument();
    expect(within(spot).getByText('Max 110 pods per node')).toBeInTheDocument();
    expect(within(spot).getByText('Scaling')).toBeInTheDocument();

    const dev = within(screen.getByRole('region', { name: 'aks-dev-free' }));
    expect(dev.getAllByRole('row')).toHaveLength(2);
  });
});
