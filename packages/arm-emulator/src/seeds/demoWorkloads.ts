import type { EmulatorContext } from '../emulatorContext';
import { resourceId } from '../util/ids';
import { CLUSTER_TYPE } from '../handlers/containerService/aksTypes';
import { DEMO_IDS } from './demoIds';

const PROD = DEMO_IDS.productionSubscriptionId;
const DEV = DEMO_IDS.developmentSubscriptionId;

const clusterId = (subscriptionId: string, group: string, name: string) =>
  resourceId(subscriptionId, group, CLUSTER_TYPE, name);

const image = (name: string, tag: string) =>
  `acrcontosoprod.azurecr.io/${name}:${tag}`;

/**
 * The demo catalog's components, running on the demo clusters: each labelled
 * `backstage.io/kubernetes-id: <component>`, so an entity's Kubernetes tab finds them.
 */
export function applyDemoWorkloads(ctx: EmulatorContext) {
  ctx.workloads.add(clusterId(PROD, 'rg-payments-prod', 'aks-payments-prod'), [
    {
      namespace: 'payments',
      name: 'payments-api',
      component: 'payments-api',
      image: image('payments-api', '2.14.1'),
      replicas: 3,
      port: 8080,
      autoscale: { minReplicas: 3, maxReplicas: 10, cpuPercent: 70 },
      disruptionBudget: { maxUnavailable: 1 },
    },
  ]);
  ctx.workloads.add(clusterId(DEV, 'rg-dev', 'aks-dev-free'), [
    {
      namespace: 'payments',
      name: 'payments-api',
      component: 'payments-api',
      image: image('payments-api', '2.15.0-rc.2'),
      replicas: 1,
      port: 8080,
    },
  ]);
  ctx.workloads.add(clusterId(PROD, 'rg-payments-prod', 'aks-checkout-prod'), [
    {
      namespace: 'checkout',
      name: 'checkout-web',
      component: 'checkout-web',
      image: image('checkout-web', '5.3.0'),
      replicas: 4,
      port: 3000,
      autoscale: { minReplicas: 4, maxReplicas: 12, cpuPercent: 60 },
      // Every pod must stay up, so no node can be drained in an upgrade.
      disruptionBudget: { minAvailable: '100%' },
      deprecatedApis: [
        {
          group: 'admissionregistration.k8s.io',
          version: 'v1beta1',
          resource: 'validatingadmissionpolicies',
          deprecatedIn: '1.31',
          removedIn: '1.34',
        },
        {
          group: '',
          version: 'v1',
          resource: 'endpoints',
          deprecatedIn: '1.33',
        },
      ],
    },
  ]);
  ctx.workloads.add(clusterId(PROD, 'rg-payments-prod', 'aks-legacy-prod'), [
    {
      namespace: 'ledger',
      name: 'ledger-batch',
      component: 'ledger-batch',
      image: image('ledger-batch', '0.9.7'),
      replicas: 2,
      crashLooping: true,
    },
  ]);
  ctx.workloads.add(clusterId(PROD, 'rg-platform-prod', 'aks-platform-lts'), [
    {
      namespace: 'ingress',
      name: 'platform-ingress',
      component: 'platform-ingress',
      image:
        'mcr.microsoft.com/oss/kubernetes/ingress/nginx-ingress-controller:v1.12.1',
      replicas: 3,
      port: 80,
    },
  ]);
  ctx.workloads.add(clusterId(PROD, 'rg-platform-prod', 'aks-virtualnodes'), [
    {
      namespace: 'rendering',
      name: 'image-renderer',
      component: 'image-renderer',
      image: image('image-renderer', '1.4.2'),
      replicas: 5,
      virtualNodes: true,
    },
  ]);
  for (const name of ['aks-dev-stopped', 'aks-dev-failed']) {
    ctx.workloads.add(clusterId(DEV, 'rg-dev', name), [
      {
        namespace: 'sandbox',
        name: 'sandbox',
        component: 'sandbox',
        image: image('sandbox', 'latest'),
        replicas: 1,
        port: 8080,
      },
    ]);
  }
}
