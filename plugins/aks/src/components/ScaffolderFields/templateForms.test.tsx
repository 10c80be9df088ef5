import path from 'node:path';
import { fireEvent, screen } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { Stepper } from '@backstage/plugin-scaffolder-react/alpha';
import { http, HttpResponse } from 'msw';
import { aksApiRef, AksClient } from '../../api';
import { SUBSCRIPTION } from '../../__testUtils__/fixtures';
import { aksUrl, setupAksBackend } from '../../__testUtils__/mswServer';
import { AKS_FIELDS } from './fieldDefinitions';

// A whole form, step by step: slower than one field.
jest.setTimeout(30_000);

const server = setupAksBackend();
// The stepper scrolls to the top of each step, which jsdom does not do.
beforeAll(() => {
  window.scrollTo = jest.fn();
});
const client = new AksClient({
  discoveryApi: { getBaseUrl: async () => 'http://localhost:7007/api/aks' },
  fetchApi: { fetch: (...args) => fetch(...args) },
});

/** A template of examples/templates as the scaffolder hands it to the form. */
function manifestOf(file: string) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const template = require(path.resolve(
    __dirname,
    '../../../../../examples/templates',
    file,
  ));
  return {
    title: template.metadata.title,
    steps: template.spec.parameters.map((schema: any) => ({
      title: schema.title,
      description: schema.description,
      schema,
    })),
  };
}

function azure() {
  server.use(
    http.get(aksUrl('/subscriptions'), () =>
      HttpResponse.json({
        items: [
          { subscriptionId: SUBSCRIPTION, displayName: 'Contoso Production' },
        ],
      }),
    ),
    http.get(aksUrl(`/subscriptions/${SUBSCRIPTION}/locations`), () =>
      HttpResponse.json({
        items: [{ name: 'westeurope', displayName: 'West Europe' }],
      }),
    ),
    http.get(aksUrl('/locations/westeurope/kubernetes-versions'), () =>
      HttpResponse.json({ location: 'westeurope', versions: [] }),
    ),
    http.get(
      aksUrl(`/subscriptions/${SUBSCRIPTION}/locations/westeurope/vm-sizes`),
      () =>
        HttpResponse.json({
          location: 'westeurope',
          items: [
            { name: 'Standard_D4ds_v5', vCPUs: 4, memoryGB: 16, zones: ['1'] },
          ],
        }),
    ),
  );
}

async function renderForm(file: string) {
  const onCreate = jest.fn();
  await renderInTestApp(
    <TestApiProvider apis={[[aksApiRef, client]]}>
      <Stepper
        manifest={manifestOf(file)}
        extensions={Object.values(AKS_FIELDS)}
        onCreate={onCreate}
        formProps={{ EXPERIMENTAL_theme: 'bui' } as any}
      />
    </TestApiProvider>,
  );
  return onCreate;
}

async function choose(label: RegExp, option: RegExp) {
  fireEvent.click(await screen.findByRole('button', { name: label }));
  fireEvent.click(await screen.findByRole('option', { name: option }));
}

/** Submits the step, as its Next (or Review) button does. */
const next = () =>
  fireEvent.submit(
    screen.getByRole('button', { name: /^(Next|Review)$/ }).closest('form')!,
  );

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByRole('textbox', { name: new RegExp(label) }), {
    target: { value },
  });

async function fillClusterStep() {
  await choose(/Subscription$/, /Contoso Production/);
  type('Resource group', 'rg-payments');
  type('Cluster name', 'aks-payments');
  await choose(/Region$/, /West Europe/);
}

describe('the New AKS cluster template', () => {
  it('shows a VM size the region does not offer as one error at the field', async () => {
    azure();
    server.use(
      http.get(
        aksUrl(`/subscriptions/${SUBSCRIPTION}/locations/westeurope/vm-sizes`),
        () =>
          HttpResponse.json({
            location: 'westeurope',
            items: [
              { name: 'Standard_D2ds_v5', vCPUs: 2, memoryGB: 8, zones: [] },
            ],
          }),
      ),
    );
    await renderForm('aks-cluster.yaml');
    await fillClusterStep();
    next();
    await screen.findByText('VM size of the system nodes');
    next();

    const message =
      'westeurope does not offer Standard_D4ds_v5; choose one of its sizes.';
    expect(await screen.findAllByText(message)).toHaveLength(1);
    // Beside the scaffolder's list of the step's errors, which names the field.
    expect(
      screen.getByText(`'VM size of the system nodes' ${message}`),
    ).toBeInTheDocument();
  });

  it('says in words what a cluster name may be', async () => {
    azure();
    await renderForm('aks-cluster.yaml');
    type('Cluster name', '-payments');
    next();

    expect(
      await screen.findByText(
        'must be 1-63 letters, digits, hyphens (-) or underscores (_), and start and end with a letter or digit',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByText(/a-zA-Z0-9/)).toBeNull();
  });

  it('offers the upgrade channels in words and says what a window may be', async () => {
    azure();
    await renderForm('aks-cluster.yaml');
    await fillClusterStep();
    next();
    await screen.findByText('VM size of the system nodes');
    next();
    await screen.findByText('Automatic upgrades', {}, { timeout: 3000 });
    await choose(
      /Automatic upgrades$/,
      /^Stable \(the minor version before the newest\)$/,
    );
    await choose(/Node OS updates$/, /^Security patches on the node image$/);
    expect(
      screen.getByRole('button', { name: /Automatic upgrades$/ }),
    ).toHaveTextContent('Stable (the minor version before the newest)');
    type('Upgrade window start', '24:00');
    type('Upgrade window UTC offset', '+1:00');
    next();

    expect(
      await screen.findByText(
        'must be a time from 00:00 to 23:59, such as 22:00',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'must be an offset from UTC from -14:00 to +14:00, such as +01:00 or -05:30',
      ),
    ).toBeInTheDocument();
  });

  it('shows the names of the chosen subscription and region on the Review step, in the form’s order', async () => {
    azure();
    await renderForm('aks-cluster.yaml');
    await fillClusterStep();
    for (const shown of [
      'VM size of the system nodes',
      'Automatic upgrades',
      'Virtual nodes',
      'Create a container registry the cluster pulls from',
    ]) {
      next();
      await screen.findByText(shown, {}, { timeout: 3000 });
    }
    next();
    await screen.findByRole('button', { name: 'Create' }, { timeout: 3000 });

    const rows = screen.getAllByRole('row').map(r => r.textContent);
    expect(rows.slice(0, 7)).toEqual([
      'SubscriptionContoso Production',
      'Resource grouprg-payments',
      'Create the resource group if it does not exist❌',
      'Cluster nameaks-payments',
      'RegionWest Europe',
      'Kubernetes version',
      'TierStandard',
    ]);
    expect(rows).toEqual(
      expect.arrayContaining([
        'Automatic upgradespatch',
        'Node OS updatesNodeImage',
        'Upgrade window daySunday',
        'Upgrade window start00:00',
        'Upgrade window UTC offset+00:00',
        'Upgrade window hours4',
      ]),
    );
    expect(rows.join(' ')).not.toContain(SUBSCRIPTION);
    expect(rows.join(' ')).not.toContain('westeurope');
  });
});
