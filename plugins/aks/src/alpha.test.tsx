import { screen } from '@testing-library/react';
import { renderTestApp } from '@backstage/frontend-test-utils';
import { createTestEntityPage } from '@backstage/plugin-catalog-react/testUtils';
import { http, HttpResponse } from 'msw';
import aksPlugin from './alpha';
import * as legacy from './index';
import { annotated, cluster, entityClusters } from './__testUtils__/fixtures';
import { maintenance } from './__testUtils__/maintenanceFixtures';
import { entityReadsBackend } from './__testUtils__/entityReadFixtures';
import { aksUrl, setupAksBackend } from './__testUtils__/mswServer';

const server = setupAksBackend();

describe('the AKS plugin', () => {
  it('shows its tab on an entity that names a cluster', async () => {
    entityReadsBackend(server);
    server.use(
      http.get(
        aksUrl('/entities/component/default/payments-api/clusters'),
        () =>
          HttpResponse.json(
            entityClusters({ clusterId: cluster().id, cluster: cluster() }),
          ),
      ),
      http.get(aksUrl('/clusters/:subscription/:group/:name/maintenance'), () =>
        HttpResponse.json(maintenance()),
      ),
    );
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: annotated('aks-payments-prod') }),
        aksPlugin.getExtension('api:aks'),
        aksPlugin.getExtension('entity-content:aks'),
      ],
    });
    expect(
      await screen.findByRole('region', { name: 'aks-payments-prod' }),
    ).toBeInTheDocument();
    expect(
      screen.getByLabelText('Upgrades of aks-payments-prod'),
    ).toBeInTheDocument();
  });

  it('leaves the node pools card off the overview unless the app enables it', async () => {
    server.use(
      http.get(
        aksUrl('/entities/component/default/payments-api/clusters'),
        () =>
          HttpResponse.json(
            entityClusters({ clusterId: cluster().id, cluster: cluster() }),
          ),
      ),
    );
    renderTestApp({
      extensions: [
        createTestEntityPage({ entity: annotated('aks-payments-prod') }),
        aksPlugin.getExtension('api:aks'),
        aksPlugin.getExtension('entity-card:aks/cluster'),
        aksPlugin.getExtension('entity-card:aks/node-pools'),
      ],
    });
    expect(
      await screen.findByRole('group', { name: 'aks-payments-prod' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('AKS node pools')).toBeNull();
  });

  it('keeps the legacy exports for apps on the old frontend system', () => {
    expect(Object.keys(legacy).sort()).toEqual(
      [
        'AksClient',
        'AksClusterPickerFieldExtension',
        'AksFleetPage',
        'AksKubernetesVersionPickerFieldExtension',
        'AksLocationPickerFieldExtension',
        'AksReviewNameFieldExtension',
        'AksSubscriptionPickerFieldExtension',
        'AksVmSizeFieldExtension',
        'EntityAksClusterCard',
        'EntityAksContent',
        'EntityAksNodePoolsCard',
        'aksApiRef',
        'aksPlugin',
        'isAksAvailable',
      ].sort(),
    );
    expect(legacy.aksPlugin.getId()).toBe('aks');
  });
});
