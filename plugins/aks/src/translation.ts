import { createTranslationRef } from '@backstage/frontend-plugin-api';

/**
 * The AKS plugin's words that apps may translate or rename.
 *
 * @alpha
 */
export const aksTranslationRef = createTranslationRef({
  id: 'plugin.aks',
  messages: {
    fleetPage: {
      title: 'AKS clusters',
      subtitle:
        'Azure Kubernetes Service clusters in the configured subscriptions',
    },
    entityContent: { title: 'AKS clusters' },
    clusterCard: { title: 'AKS clusters', details: 'Details' },
    nodePoolsCard: { title: 'AKS node pools' },
    time: {
      relative: '{{when, relativetime}}',
      minutes: '{{n, number(style: unit; unit: minute; unitDisplay: short)}}',
      hours: '{{n, number(style: unit; unit: hour; unitDisplay: short)}}',
      days: '{{n, number(style: unit; unit: day; unitDisplay: long)}}',
    },
    readError: {
      notAllowed: 'Not allowed',
      notFound: 'Not found',
      azureUnavailable: 'Azure is unavailable',
    },
    gitOps: {
      title: 'GitOps',
      loading: 'Reading the Flux configurations…',
      couldNotRead: 'GitOps could not be read',
      notRead: 'The Flux configurations of this cluster were not read.',
      repository: 'Flux configurations that sync {{repository}}',
      noRepository:
        'This entity names no repository, so no Flux configuration can be matched to it. Add the {{annotation}} annotation to its catalog-info.yaml, e.g. url:https://github.com/org/repo.',
      fluxNotInstalled:
        'Flux is not installed on this cluster. The “GitOps for a service” template installs it and points it at this repository.',
      noConfiguration:
        'No Flux configuration on this cluster syncs {{repository}}. The “GitOps for a service” template adds one.',
      table: {
        label: 'Flux configurations on {{cluster}}',
        name: 'Configuration',
        compliance: 'Compliance',
        source: 'Branch and path',
        applied: 'Last applied',
      },
      namespace: 'Namespace {{namespace}}',
      defaultBranch: 'Default branch',
      rootPath: 'Repository root',
      notApplied: 'Not applied yet',
      revision: 'Revision {{revision}}',
      whyNotCompliant: '{{name}}: {{message}}',
      problemsLabel: 'Problems of the Flux configurations on {{cluster}}',
      compliance: {
        compliant: 'Compliant',
        nonCompliant: 'Non-compliant',
        pending: 'Pending',
        suspended: 'Suspended',
        unknown: 'Unknown',
      },
      summary: {
        compliant_one: 'GitOps compliant',
        compliant_other: 'GitOps: {{count}} configurations compliant',
        state_one: 'GitOps: {{count}} configuration, {{state}}',
        state_other: 'GitOps: {{count}} configurations, {{state}}',
        mixed: 'GitOps: {{compliant}} of {{total}} configurations compliant',
        notCompliant: 'GitOps: {{name}} not compliant',
        notCompliantFor: 'GitOps: {{name}} not compliant for {{duration}}',
        more_one: '{{line}}, and {{count}} more',
        more_other: '{{line}}, and {{count}} more',
        unknown: 'GitOps: could not be read',
      },
    },
    workloadIdentity: {
      title: 'Workload identity',
      loading: 'Reading the federated identities…',
      couldNotRead: 'Workload identities could not be read',
      notRead: 'The identities of this cluster were not read.',
      settingsLabel: 'Workload identity settings of {{cluster}}',
      workloadIdentity: 'Workload identity',
      oidcIssuer: 'OIDC issuer',
      on: 'On',
      off: 'Off',
      unknown: 'Unknown',
      issuerUrl: 'issuer URL',
      namespace: 'Service account namespace',
      withoutIssuer: {
        title: 'Workload identity without an OIDC issuer',
        message:
          'Workload identity is on, but the cluster publishes no OIDC issuer, so no service account token can be exchanged for an Entra ID token.',
        remedy:
          'Turn the issuer on: `az aks update --enable-oidc-issuer --resource-group {{resourceGroup}} --name {{cluster}}`.',
      },
      empty:
        'No managed identity is federated to a service account in namespace {{namespace}} on this cluster. The “Azure access for a service” template creates one, federated to a service account, with the role it needs.',
      identitiesLabel: 'Identities federated to {{namespace}} on {{cluster}}',
      identityLabel: 'Identity {{name}}',
      identityFacts: 'Details of identity {{name}}',
      resourceGroup: 'Resource group {{resourceGroup}}',
      clientId: 'Client ID',
      clientIdOf: 'client ID of {{name}}',
      serviceAccounts: 'Service accounts',
      noServiceAccounts: 'None',
      issuer: 'Issuer',
      issuerMatches_one: 'Matches the cluster’s OIDC issuer',
      issuerMatches_other:
        'All {{count}} credentials match the cluster’s OIDC issuer',
      issuerMismatchShort: 'Does not match the cluster’s OIDC issuer',
      issuerMismatch: {
        title: '{{credential}} no longer matches the cluster’s OIDC issuer',
        message:
          'Its issuer is {{issuer}}, but the cluster now issues tokens as {{clusterIssuer}}. Entra ID refuses the tokens of {{subject}}: the pods lose their Azure access without an error of their own.',
        unknownIssuer: 'unknown',
        remedy:
          'Point the credential at the current issuer: `az identity federated-credential update --name {{credential}} --identity-name {{identity}} --resource-group {{resourceGroup}} --issuer {{clusterIssuer}}`.',
      },
      roles: 'Role assignments',
      noRoles: 'None',
      roleOnScope: '{{role}} on {{scope}}',
      rolesError: 'Role assignments could not be read',
      problemsLabel: 'Problems of identity {{name}}',
      clusterProblemsLabel: 'Workload identity problems of {{cluster}}',
    },
  },
});
