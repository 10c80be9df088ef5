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

describe('the AKS node pools card', () => {
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
              {
                clusterId: clusterId('aks-gone'),
                error: { name: 'NotFoundError', message: 'aks-gone is gone' },
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
        aksPlugin
          .getExtension('entity-card:aks/node-pools')
          .override({ disabled: false }),
      ],
    });

    const prod = within(
      await screen.findByRole('group', {
        name: 'Node pools of aks-payments-prod',
      }),
    );
    const [system, spot] = prod.getAllByRole('row').slice(1);
    expect(within(system).getByText('Standard_D4ds_v5')).toBeInTheDocument();
    expect(within(system).getByText('Regular priority')).toBeInTheDocument();
    expect(within(system).getByText('Autoscaling 2–5')).toBeInTheDocument();
    expect(within(system).getByText('Succeeded')).toBeInTheDocument();

    expect(within(spot).getByText('User')).toBeInTheDocument();
    expect(
      within(spot).getByText(
        'Spot, delete on eviction, up to the on-demand price',
      ),
    ).toHaveAttribute(
      'title',
      'Spot, delete on eviction, up to the on-demand price',
    );
    expect(within(spot).getByText('Fixed count')).toBeInTheDocument();
    expect(within(spot).getByText('Scaling…')).toBeInTheDocument();

    const dev = within(
      screen.getByRole('group', { name: 'Node pools of aks-dev-free' }),
    );
    expect(dev.getAllByRole('row')).toHaveLength(2);
    // The clusters card says why a cluster could not be read; this one does not repeat it.
    expect(screen.queryByText(/aks-gone/)).toBeNull();
  });
});
