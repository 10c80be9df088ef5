import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { HealthWarning } from '@aks-backstage/plugin-aks-common';
import {
  clusterIdentities,
  credential,
  entityIdentities,
  federatedIdentity,
  ISSUER,
} from '../../__testUtils__/entityReadFixtures';
import { setupAksBackend } from '../../__testUtils__/mswServer';
import { renderTab, tabBackend } from '../AksContent/__testUtils__/tabBackend';

const server = setupAksBackend();

/** The workload identity region of aks-payments-prod, once read. */
async function identityRegion() {
  const cluster = within(
    await screen.findByRole('region', { name: 'aks-payments-prod' }),
  );
  const region = cluster.getByRole('region', { name: 'Workload identity' });
  await waitFor(() =>
    expect(region).not.toHaveTextContent('Reading the federated identities'),
  );
  return within(region);
}

/** The value of a fact of a block of facts (a `dl`), by its label. */
const fact = (facts: HTMLElement, label: string) =>
  within(facts).getByText(label).closest('div')!.querySelector('dd')!;

const NEW_ISSUER =
  'https://westeurope.oic.prod-aks.azure.com/00000000-0000-4000-8000-0000000000aa/22222222-0000-4000-8000-0000000000cc/';

describe('the workload identity section of the AKS tab', () => {
  it('shows the cluster’s settings and an identity whose credential matches the issuer, with its client id to copy and its roles', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    tabBackend(server, { identities: entityIdentities() });
    await renderTab();
    const region = await identityRegion();

    const settings = region.getByLabelText(
      'Workload identity settings of aks-payments-prod',
    );
    expect(fact(settings, 'Workload identity')).toHaveTextContent('On');
    expect(fact(settings, 'OIDC issuer')).toHaveTextContent(`On${ISSUER}`);
    expect(fact(settings, 'Service account namespace')).toHaveTextContent(
      'payments',
    );

    const identity = within(
      region.getByRole('group', { name: 'Identity id-payments-api' }),
    );
    expect(
      identity.getByRole('heading', { name: 'id-payments-api' }),
    ).toBeInTheDocument();
    const facts = identity.getByLabelText(
      'Details of identity id-payments-api',
    );
    expect(fact(facts, 'Client ID')).toHaveTextContent(
      '9a8b7c6d-0000-4000-8000-00000000c1d0',
    );
    expect(fact(facts, 'Service accounts')).toHaveTextContent(
      'payments/payments-api',
    );
    expect(fact(facts, 'Issuer')).toHaveTextContent(
      'Matches the cluster’s OIDC issuer',
    );
    expect(fact(facts, 'Role assignments')).toHaveTextContent(
      'AcrPull on registries/acrcontoso',
    );
    expect(identity.getByText('registries/acrcontoso')).toHaveAttribute(
      'title',
      '/subscriptions/6f1a2b3c-0000-4000-8000-000000000001/resourceGroups/rg-shared/providers/Microsoft.ContainerRegistry/registries/acrcontoso',
    );
    expect(region.queryByRole('list', { name: /Problems/ })).toBeNull();

    fireEvent.click(
      identity.getByRole('button', {
        name: 'Copy client ID of id-payments-api',
      }),
    );
    await waitFor(() =>
      expect(writeText).toHaveBeenCalledWith(
        '9a8b7c6d-0000-4000-8000-00000000c1d0',
      ),
    );
  });

  it('warns in the backend’s words when a credential’s issuer no longer matches the cluster', async () => {
    const mismatch: HealthWarning = {
      code: 'FederatedCredentialIssuerMismatch',
      severity: 'error',
      title: 'Federated credential points at an old issuer',
      message: 'The cluster’s OIDC issuer changed.',
      remedy: 'Update the credential.',
      docsUrl:
        'https://learn.microsoft.com/azure/aks/workload-identity-overview',
    };
    tabBackend(server, {
      identities: entityIdentities([
        clusterIdentities({
          identities: [
            federatedIdentity({
              federatedCredentials: [credential({ issuerMatches: false })],
              warnings: [mismatch],
            }),
          ],
        }),
      ]),
    });
    await renderTab();
    const region = await identityRegion();
    const identity = within(
      region.getByRole('group', { name: 'Identity id-payments-api' }),
    );
    expect(
      fact(
        identity.getByLabelText('Details of identity id-payments-api'),
        'Issuer',
      ),
    ).toHaveTextContent('Does not match the cluster’s OIDC issuer');
    const problems = within(
      identity.getByRole('list', {
        name: 'Problems of identity id-payments-api',
      }),
    );
    expect(problems.getAllByRole('listitem')).toHaveLength(1);
    expect(
      problems.getByText('Federated credential points at an old issuer'),
    ).toBeInTheDocument();
  });

  it('says itself that a mismatching credential silently stops working when the backend did not', async () => {
    tabBackend(server, {
      identities: entityIdentities([
        clusterIdentities({
          workloadIdentity: {
            workloadIdentityEnabled: true,
            oidcIssuerEnabled: true,
            oidcIssuerUrl: NEW_ISSUER,
          },
          identities: [
            federatedIdentity({
              federatedCredentials: [credential({ issuerMatches: false })],
            }),
          ],
        }),
      ]),
    });
    await renderTab();
    const region = await identityRegion();
    const alert = region
      .getByText(
        'payments-api-aks-payments-prod no longer matches the cluster’s OIDC issuer',
      )
      .closest('[data-code]');
    expect(alert).toHaveAttribute(
      'data-code',
      'FederatedCredentialIssuerMismatch',
    );
    expect(alert).toHaveTextContent(
      `Its issuer is ${ISSUER}, but the cluster now issues tokens as ${NEW_ISSUER}`,
    );
    expect(alert).toHaveTextContent(
      `az identity federated-credential update --name payments-api-aks-payments-prod --identity-name id-payments-api --resource-group rg-payments-prod --issuer ${NEW_ISSUER}`,
    );
  });

  it.each([
    [
      'as the backend words it',
      [
        {
          code: 'WorkloadIdentityWithoutOidcIssuer',
          severity: 'error',
          title: 'Workload identity is on without the OIDC issuer',
          message: 'Pods cannot get tokens.',
          remedy: 'Enable the issuer.',
          docsUrl: 'https://learn.microsoft.com/azure/aks/use-oidc-issuer',
        } as HealthWarning,
      ],
      'Workload identity is on without the OIDC issuer',
    ],
    [
      'in its own words when the backend did not',
      [],
      'Workload identity without an OIDC issuer',
    ],
  ])(
    'alerts when workload identity is on without the OIDC issuer, %s',
    async (_, warnings, title) => {
      tabBackend(server, {
        identities: entityIdentities([
          clusterIdentities({
            workloadIdentity: {
              workloadIdentityEnabled: true,
              oidcIssuerEnabled: false,
            },
            warnings,
            identities: [],
          }),
        ]),
      });
      await renderTab();
      const region = await identityRegion();
      expect(
        fact(
          region.getByLabelText(
            'Workload identity settings of aks-payments-prod',
          ),
          'OIDC issuer',
        ),
      ).toHaveTextContent(/^Off$/);
      const problems = within(
        region.getByRole('list', {
          name: 'Workload identity problems of aks-payments-prod',
        }),
      );
      expect(problems.getAllByRole('listitem')).toHaveLength(1);
      expect(problems.getByText(title)).toBeInTheDocument();
    },
  );

  it('says when the role assignments could not be read, and names a role without a name by its id', async () => {
    tabBackend(server, {
      identities: entityIdentities([
        clusterIdentities({
          identities: [
            federatedIdentity({
              name: 'id-payments-reader',
              roleAssignments: [],
              roleAssignmentsError: {
                name: 'NotAllowedError',
                message:
                  'The AKS identity may not read role assignments at /subscriptions/6f1a2b3c-0000-4000-8000-000000000001',
              },
            }),
            federatedIdentity({
              roleAssignments: [
                {
                  id: 'a',
                  roleDefinitionId:
                    '/subscriptions/x/providers/Microsoft.Authorization/roleDefinitions/4633458b-17de-408a-b874-0445c86b69e6',
                  scope: '/subscriptions/6f1a2b3c-0000-4000-8000-000000000001',
                },
              ],
            }),
          ],
        }),
      ]),
    });
    await renderTab();
    const region = await identityRegion();
    const reader = within(
      region.getByRole('group', { name: 'Identity id-payments-reader' }),
    );
    expect(
      fact(
        reader.getByLabelText('Details of identity id-payments-reader'),
        'Role assignments',
      ),
    ).toHaveTextContent(/^Unknown$/);
    expect(
      reader.getByText('Role assignments could not be read'),
    ).toBeInTheDocument();
    expect(
      reader.getByText(/may not read role assignments/),
    ).toBeInTheDocument();
    expect(reader.queryByRole('button', { name: 'Retry' })).toBeNull();

    const other = within(
      region.getByRole('group', { name: 'Identity id-payments-api' }),
    );
    expect(
      fact(
        other.getByLabelText('Details of identity id-payments-api'),
        'Role assignments',
      ),
    ).toHaveTextContent(
      '4633458b-17de-408a-b874-0445c86b69e6 on subscriptions/6f1a2b3c-0000-4000-8000-000000000001',
    );
  });

  it('marks identities served from cache while Azure is unavailable as stale', async () => {
    tabBackend(server, {
      identities: entityIdentities([
        clusterIdentities({
          stale: true,
          fetchedAt: '2026-12-01T09:00:00.000Z',
        }),
      ]),
    });
    await renderTab();
    const region = await identityRegion();
    expect(
      region.getByText(
        'Stale: Azure did not answer, showing data read Dec 1, 2026, 9:00 AM UTC',
      ),
    ).toBeInTheDocument();
    expect(
      region.getByRole('group', { name: 'Identity id-payments-api' }),
    ).toBeInTheDocument();
  });

  it('points to the template when no identity is federated to the entity', async () => {
    tabBackend(server, {
      identities: entityIdentities([clusterIdentities({ identities: [] })]),
    });
    await renderTab();
    const region = await identityRegion();
    expect(
      region.getByText(
        'No managed identity is federated to a service account in namespace payments on this cluster. The “Azure access for a service” template creates one, federated to a service account, with the role it needs.',
      ),
    ).toBeInTheDocument();
    expect(region.queryByRole('group')).toBeNull();
  });

  it('shows a cluster whose identities could not be read once, with Retry', async () => {
    let calls = 0;
    tabBackend(server, {
      identities: () => {
        calls += 1;
        return Response.json(
          calls === 1
            ? entityIdentities([
                {
                  clusterId: clusterIdentities().clusterId,
                  error: {
                    name: 'ServiceUnavailableError',
                    message: 'Azure Resource Manager is unavailable',
                  },
                },
              ])
            : entityIdentities(),
        );
      },
    });
    await renderTab();
    const region = await identityRegion();
    expect(region.getByText('Azure is unavailable')).toBeInTheDocument();
    expect(
      region.getAllByText('Azure Resource Manager is unavailable'),
    ).toHaveLength(1);
    expect(region.queryByLabelText(/settings of/)).toBeNull();
    fireEvent.click(region.getByRole('button', { name: 'Retry' }));
    expect(
      await region.findByRole('group', { name: 'Identity id-payments-api' }),
    ).toBeInTheDocument();
    expect(calls).toBe(2);
  });
});
