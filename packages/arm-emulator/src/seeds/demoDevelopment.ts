import type { EmulatorContext } from '../emulatorContext';
import { DEMO_IDS } from './demoIds';
import { addCluster, setFailed, setStopped } from './seedBuilder';

const DEV = DEMO_IDS.developmentSubscriptionId;

/** The development clusters of the demo: stopped, failed and on the Free tier. */
export function addDevelopmentResources(ctx: EmulatorContext) {
  const stopped = addCluster(ctx, DEV, 'rg-dev', 'aks-dev-stopped', '1.34.3', {
    location: 'northeurope',
    tags: {
      environment: 'dev',
      owner: 'team-platform',
      system: 'platform',
      description: 'Development cluster, stopped out of hours',
    },
    sku: { name: 'Base', tier: 'Free' },
    properties: {
      dnsPrefix: 'aks-dev-stopped',
      agentPoolProfiles: [
        {
          name: 'system',
          mode: 'System',
          vmSize: 'Standard_D2ds_v5',
          count: 1,
        },
      ],
    },
  });
  setStopped(ctx, stopped);

  const failed = addCluster(ctx, DEV, 'rg-dev', 'aks-dev-failed', '1.34.3', {
    location: 'northeurope',
    tags: {
      environment: 'dev',
      owner: 'team-platform',
      system: 'platform',
      description: 'Development cluster whose last operation failed',
    },
    sku: { name: 'Base', tier: 'Free' },
    properties: {
      dnsPrefix: 'aks-dev-failed',
      agentPoolProfiles: [
        {
          name: 'system',
          mode: 'System',
          vmSize: 'Standard_D2ds_v5',
          count: 2,
        },
      ],
    },
  });
  setFailed(
    ctx,
    failed,
    'VMExtensionProvisioningError',
    'Unable to establish outbound connection from agents, please see https://learn.microsoft.com/en-us/troubleshoot/azure/azure-kubernetes/error-code-outboundconnfailvmextensionerror and https://aka.ms/aks-required-ports-and-addresses for more information. Details: instance 0 has extension error details : {vmssCSE error messages : {vmssCSE exit status=50}}',
  );

  addCluster(ctx, DEV, 'rg-dev', 'aks-dev-free', '1.34.3', {
    location: 'northeurope',
    tags: {
      environment: 'dev',
      owner: 'team-payments',
      system: 'payments',
      description: 'Development cluster on the Free tier',
    },
    sku: { name: 'Base', tier: 'Free' },
    properties: {
      dnsPrefix: 'aks-dev-free',
      networkProfile: { networkPlugin: 'azure', networkPluginMode: 'overlay' },
      // A state older clusters can be in, which AKS no longer lets a PUT make.
      oidcIssuerProfile: { enabled: false },
      securityProfile: { workloadIdentity: { enabled: true } },
      autoUpgradeProfile: {
        upgradeChannel: 'none',
        nodeOSUpgradeChannel: 'NodeImage',
      },
      agentPoolProfiles: [
        {
          name: 'system',
          mode: 'System',
          vmSize: 'Standard_D2ds_v5',
          count: 2,
        },
      ],
    },
  });
}
