import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { http, HttpResponse } from 'msw';
import { aksApiRef, AksClient } from '../../api';
import {
  clusterId,
  clusterSummary,
  SUBSCRIPTION,
} from '../../__testUtils__/fixtures';
import { aksUrl, setupAksBackend } from '../../__testUtils__/mswServer';
import { ClusterPicker } from './ClusterPicker';
import { KubernetesVersionPicker } from './KubernetesVersionPicker';
import { LocationPicker } from './LocationPicker';
import { SubscriptionPicker } from './SubscriptionPicker';
import { VmSizePicker } from './VmSizePicker';

const server = setupAksBackend();

const client = new AksClient({
  discoveryApi: { getBaseUrl: async () => 'http://localhost:7007/api/aks' },
  fetchApi: { fetch: (...args) => fetch(...args) },
});

function field(
  title: string,
  formData: Record<string, string> = {},
  options: Record<string, unknown> = {},
) {
  return {
    name: title,
    schema: { title, type: 'string' },
    uiSchema: { 'ui:options': options },
    formData: undefined,
    onChange: jest.fn(),
    rawErrors: [],
    required: true,
    formContext: { formData },
    idSchema: { $id: title },
  } as any;
}

async function render(element: JSX.Element) {
  await renderInTestApp(
    <TestApiProvider apis={[[aksApiRef, client]]}>{element}</TestApiProvider>,
  );
}

async function optionsOf(label: RegExp) {
  fireEvent.click(await screen.findByRole('button', { name: label }));
  return screen.findAllByRole('option');
}

async function choose(label: RegExp, option: string) {
  fireEvent.click(await screen.findByRole('button', { name: label }));
  fireEvent.click(
    await screen.findByRole('option', { name: new RegExp(option) }),
  );
}

describe('the scaffolder fields', () => {
  it('picks one of the configured subscriptions', async () => {
    server.use(
      http.get(aksUrl('/subscriptions'), () =>
        HttpResponse.json({
          items: [
            { subscriptionId: SUBSCRIPTION, displayName: 'Contoso Production' },
          ],
        }),
      ),
    );
    const props = field('Subscription');
    await render(<SubscriptionPicker {...props} />);
    await choose(/Subscription$/, 'Contoso Production');
    expect(props.onChange).toHaveBeenCalledWith(SUBSCRIPTION);
  });

  it('waits for a subscription as a disabled field that says so', async () => {
    await render(<LocationPicker {...field('Region')} />);
    const picker = screen.getByRole('button', { name: /Region$/ });
    expect(picker).toBeDisabled();
    expect(picker).toHaveTextContent('Choose a subscription first');
  });

  it('lists the locations of the chosen subscription', async () => {
    server.use(
      http.get(aksUrl(`/subscriptions/${SUBSCRIPTION}/locations`), () =>
        HttpResponse.json({
          items: [{ name: 'westeurope', displayName: 'West Europe' }],
        }),
      ),
    );
    const props = field('Region', { subscriptionId: SUBSCRIPTION });
    await render(<LocationPicker {...props} />);
    await choose(/Region$/, 'West Europe');
    expect(props.onChange).toHaveBeenCalledWith('westeurope');
  });

  it("offers the location's default version first, the only one called the default, and previews last, marked", async () => {
    server.use(
      http.get(aksUrl('/locations/northeurope/kubernetes-versions'), () =>
        HttpResponse.json({
          location: 'northeurope',
          versions: [
            {
              version: '1.32',
              isPreview: false,
              supportPlans: ['AKSLongTermSupport'],
              patchVersions: [{ version: '1.32.11', upgrades: [] }],
            },
            {
              version: '1.34',
              isDefault: true,
              isPreview: false,
              supportPlans: ['KubernetesOfficial'],
              patchVersions: [
                { version: '1.34.3', upgrades: [] },
                { version: '1.34.5', upgrades: [] },
              ],
            },
            {
              version: '1.35',
              isPreview: false,
              supportPlans: ['KubernetesOfficial'],
              patchVersions: [{ version: '1.35.2', upgrades: [] }],
            },
            {
              version: '1.36',
              isPreview: true,
              supportPlans: ['KubernetesOfficial'],
              patchVersions: [{ version: '1.36.0', upgrades: [] }],
            },
          ],
        }),
      ),
    );
    const props = field(
      'Kubernetes version',
      { sub: SUBSCRIPTION, region: 'northeurope' },
      { subscriptionField: 'sub', locationField: 'region' },
    );
    await render(<KubernetesVersionPicker {...props} />);
    const options = await optionsOf(/Kubernetes version$/);
    expect(options.map(o => o.textContent)).toEqual([
      '1.34.5the default',
      '1.35.2',
      '1.34.3',
      '1.32.11long-term support only',
      '1.36.0preview',
    ]);
    fireEvent.click(options[0]);
    expect(props.onChange).toHaveBeenCalledWith('1.34.5');
  });

  it("offers the region's VM sizes, searchable, those the subscription may not use shown but not offered", async () => {
    server.use(
      http.get(
        aksUrl(`/subscriptions/${SUBSCRIPTION}/locations/westeurope/vm-sizes`),
        () =>
          HttpResponse.json({
            location: 'westeurope',
            items: [
              ...[2, 4, 8, 16, 32, 48, 64, 96].map(n => ({
                name: `Standard_D${n}ds_v5`,
                vCPUs: n,
                memoryGB: n * 4,
                zones: ['1', '2', '3'],
              })),
              {
                name: 'Standard_NC24ads_A100_v4',
                vCPUs: 24,
                memoryGB: 220,
                zones: [],
                unavailable: 'NotAvailableForSubscription',
              },
            ],
          }),
      ),
    );
    const props = field('VM size', {
      subscriptionId: SUBSCRIPTION,
      location: 'westeurope',
    });
    await render(<VmSizePicker {...props} />);
    const options = await optionsOf(/VM size$/);
    expect(screen.getByRole('searchbox')).toBeInTheDocument();
    expect(options[1]).toHaveTextContent(
      'Standard_D4ds_v5' + '4 vCPUs, 16 GB · zones 1, 2, 3',
    );
    const gpu = options.find(o => o.textContent?.includes('A100'))!;
    expect(gpu).toHaveAttribute('aria-disabled', 'true');
    expect(gpu).toHaveTextContent(
      'not available to this subscription here (NotAvailableForSubscription)',
    );
    fireEvent.click(options[1]);
    expect(props.onChange).toHaveBeenCalledWith('Standard_D4ds_v5');
  });

  it('takes a typed VM size where the sizes cannot be read, and says why', async () => {
    server.use(
      http.get(
        aksUrl(`/subscriptions/${SUBSCRIPTION}/locations/westeurope/vm-sizes`),
        () =>
          HttpResponse.json(
            { error: { message: 'Azure said no' } },
            { status: 403 },
          ),
      ),
    );
    const props = field('VM size', {
      subscriptionId: SUBSCRIPTION,
      location: 'westeurope',
    });
    await render(<VmSizePicker {...props} />);
    const input = await screen.findByRole('textbox', { name: /VM size/ });
    await screen.findByText(/could not be read.*type the value/);
    fireEvent.change(input, { target: { value: 'Standard_E4ds_v5' } });
    expect(props.onChange).toHaveBeenCalledWith('Standard_E4ds_v5');
  });

  it("shows each cluster's health and does not offer those the action would refuse, saying why", async () => {
    const clusters = [
      clusterSummary('aks-payments-prod'),
      clusterSummary('aks-dev-stopped', {
        powerState: 'Stopped',
        health: { status: 'stopped', warnings: [] },
      }),
      clusterSummary('aks-upgrading', {
        provisioningState: 'Upgrading',
        health: { status: 'updating', warnings: [] },
      }),
      clusterSummary('aks-failed', {
        provisioningState: 'Failed',
        health: { status: 'unhealthy', warnings: [] },
      }),
    ];
    server.use(
      http.get(aksUrl('/clusters'), () =>
        HttpResponse.json({
          items: clusters,
          totalCount: clusters.length,
          fetchedAt: '2026-12-01T09:00:00.000Z',
          stale: false,
          failedSubscriptions: [],
        }),
      ),
    );
    const props = field('Cluster', {}, { requires: ['running'] });
    await render(<ClusterPicker {...props} />);
    const options = await optionsOf(/Cluster$/);
    const text = (name: string) =>
      options.find(o => o.textContent?.startsWith(name));
    expect(text('aks-payments-prod')).toHaveTextContent(
      'aks-payments-prodHealthy · rg-payments-prod · Contoso Production',
    );
    expect(text('aks-payments-prod')).not.toHaveAttribute('aria-disabled');
    for (const [name, why] of [
      ['aks-dev-stopped', 'it is stopped; start it first'],
      ['aks-upgrading', 'it is Upgrading; wait for the operation to end'],
      ['aks-failed', 'its last operation failed; reconcile it first'],
    ]) {
      expect(text(name)).toHaveAttribute('aria-disabled', 'true');
      expect(text(name)).toHaveTextContent(
        `This template cannot use it: ${why}`,
      );
    }
    fireEvent.click(text('aks-payments-prod')!);
    expect(props.onChange).toHaveBeenCalledWith(clusterId('aks-payments-prod'));
  });

  it('falls back to typing the value when the backend refuses the list', async () => {
    server.use(
      http.get(aksUrl('/subscriptions'), () =>
        HttpResponse.json(
          {
            error: { name: 'NotAllowedError', message: 'Not allowed' },
            response: { statusCode: 403 },
          },
          { status: 403 },
        ),
      ),
    );
    const props = field('Subscription');
    await render(<SubscriptionPicker {...props} />);
    const input = await screen.findByRole('textbox', { name: /Subscription/ });
    await waitFor(() =>
      expect(screen.getByText(/type the value/)).toBeInTheDocument(),
    );
    fireEvent.change(input, { target: { value: SUBSCRIPTION } });
    expect(props.onChange).toHaveBeenCalledWith(SUBSCRIPTION);
    expect(within(document.body).queryByRole('button')).toBeNull();
  });
});
