import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { http, HttpResponse } from 'msw';
import { aksApiRef, AksClient } from '../../api';
import { cluster, SUBSCRIPTION } from '../../__testUtils__/fixtures';
import { aksUrl, setupAksBackend } from '../../__testUtils__/mswServer';
import {
  ClusterPicker,
  KubernetesVersionPicker,
  LocationPicker,
  SubscriptionPicker,
  validateVmSize,
} from './pickers';

const server = setupAksBackend();

const client = new AksClient({
  discoveryApi: { getBaseUrl: async () => 'http://localhost:7007/api/aks' },
  fetchApi: { fetch: (...args) => fetch(...args) },
});

function field(
  title: string,
  formData: Record<string, string> = {},
  options: Record<string, string> = {},
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

  it('asks for a subscription before it lists locations', async () => {
    const blocked = field('Region');
    await render(<LocationPicker {...blocked} />);
    expect(screen.getByText(/Choose a subscription first/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Region' })).toBeDisabled();
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

  it("offers the location's patch versions, newest first, marking preview and LTS-only ones", async () => {
    server.use(
      http.get(
        aksUrl('/locations/northeurope/kubernetes-versions'),
        ({ request }) =>
          new URL(request.url).searchParams.get('subscriptionId') ===
          SUBSCRIPTION
            ? HttpResponse.json({
                location: 'northeurope',
                versions: [
                  {
                    version: '1.32',
                    isPreview: false,
                    supportPlans: ['AKSLongTermSupport'],
                    patchVersions: [{ version: '1.32.11', upgrades: [] }],
                  },
                  {
                    version: '1.35',
                    isDefault: true,
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
              })
            : HttpResponse.json({}, { status: 400 }),
      ),
    );
    const props = field(
      'Kubernetes version',
      { sub: SUBSCRIPTION, region: 'northeurope' },
      { subscriptionField: 'sub', locationField: 'region' },
    );
    await render(<KubernetesVersionPicker {...props} />);
    fireEvent.click(
      await screen.findByRole('button', { name: /Kubernetes version$/ }),
    );
    const options = await screen.findAllByRole('option');
    expect(options.map(o => o.textContent)).toEqual([
      '1.36.0preview',
      '1.35.2the default',
      '1.32.11LTS only',
    ]);
    fireEvent.click(options[1]);
    expect(props.onChange).toHaveBeenCalledWith('1.35.2');
  });

  it('picks an existing cluster by its ARM id', async () => {
    server.use(
      http.get(aksUrl('/clusters'), () =>
        HttpResponse.json({
          items: [{ ...cluster(), nodePoolCount: 1, nodeCount: 3 }],
          totalCount: 1,
          fetchedAt: '2026-12-01T09:00:00.000Z',
          stale: false,
        }),
      ),
    );
    const props = field('Cluster');
    await render(<ClusterPicker {...props} />);
    await choose(/Cluster$/, 'aks-payments-prod');
    expect(props.onChange).toHaveBeenCalledWith(cluster().id);
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
    const input = await screen.findByRole('textbox', { name: 'Subscription' });
    await waitFor(() =>
      expect(screen.getByText(/type the value/)).toBeInTheDocument(),
    );
    fireEvent.change(input, { target: { value: SUBSCRIPTION } });
    expect(props.onChange).toHaveBeenCalledWith(SUBSCRIPTION);
  });

  it('accepts VM sizes named the way Azure names them, and nothing else', () => {
    const errors: string[] = [];
    const validation = { addError: (e: string) => errors.push(e) } as any;
    validateVmSize('Standard_D4ds_v5', validation, {} as any);
    validateVmSize('Standard_NC24ads_A100_v4', validation, {} as any);
    expect(errors).toEqual([]);
    validateVmSize('d4ds', validation, {} as any);
    expect(errors).toEqual([
      'd4ds is not an Azure VM size; sizes look like Standard_D4ds_v5.',
    ]);
  });
});
