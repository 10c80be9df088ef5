import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { screen } from '@testing-library/react';
import { FleetPage as FleetPageData } from '@aks-backstage/plugin-aks-common';
import { AksApi, aksApiRef } from '../../api';
import { FleetPage } from './FleetPage';

const fleet: FleetPageData = {
  items: [
    {
      id: '/subscriptions/s/resourceGroups/rg-dev/providers/Microsoft.ContainerService/managedClusters/aks-dev-stopped',
      name: 'aks-dev-stopped',
      subscriptionId: '6f1a2b3c-0000-4000-8000-000000000002',
      subscriptionDisplayName: 'Contoso Development',
      resourceGroup: 'rg-dev',
      location: 'northeurope',
      provisioningState: 'Succeeded',
      powerState: 'Stopped',
      tier: 'Free',
      kubernetesVersion: '1.34',
      currentKubernetesVersion: '1.34.2',
      nodePoolCount: 1,
      nodeCount: 1,
      health: { status: 'stopped', warnings: [] },
    },
  ],
  totalCount: 1,
  fetchedAt: '2026-11-23T00:00:00Z',
  stale: false,
};

describe('FleetPage', () => {
  it('lists the clusters with their health', async () => {
    const aksApi: jest.Mocked<AksApi> = {
      getFleet: jest.fn(async () => fleet),
    };

    await renderInTestApp(
      <TestApiProvider apis={[[aksApiRef, aksApi]]}>
        <FleetPage />
      </TestApiProvider>,
    );

    expect(await screen.findByText('aks-dev-stopped')).toBeInTheDocument();
    expect(screen.getByText('stopped')).toBeInTheDocument();
    expect(screen.getByText('Contoso Development')).toBeInTheDocument();
    expect(screen.getByText('Clusters (1)')).toBeInTheDocument();
  });

  it('shows the error when the fleet cannot be read', async () => {
    const aksApi: jest.Mocked<AksApi> = {
      getFleet: jest.fn(async () => {
        throw new Error('Azure Resource Manager is unavailable');
      }),
    };

    await renderInTestApp(
      <TestApiProvider apis={[[aksApiRef, aksApi]]}>
        <FleetPage />
      </TestApiProvider>,
    );

    expect(
      await screen.findByText('Error: Azure Resource Manager is unavailable'),
    ).toBeInTheDocument();
  });
});
