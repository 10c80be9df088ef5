import type { EmulatorContext } from '../emulatorContext';
import { DEMO_IDS } from './demoIds';
import { addResourceGroup } from './seedBuilder';
import { addProductionResources } from './demoProduction';
import { addDevelopmentResources } from './demoDevelopment';
import { addDemoGitOps } from './demoGitOps';
import { addDemoWorkloadIdentities } from './demoWorkloadIdentities';

const PROD = DEMO_IDS.productionSubscriptionId;
const DEV = DEMO_IDS.developmentSubscriptionId;

/** The demo's two subscriptions. */
export function applyDemoSubscriptions(ctx: EmulatorContext) {
  ctx.subscriptions.add(PROD, 'Contoso Production');
  ctx.subscriptions.add(DEV, 'Contoso Development');
}

/** Every state the UI cards show: healthy, upgrading, out of support, LTS/Premium, spot, at max, old node image, virtual nodes, stopped, failed, free tier. */
export function applyDemoResources(ctx: EmulatorContext) {
  addResourceGroup(ctx, PROD, 'rg-payments-prod', 'westeurope', {
    costCenter: 'payments',
  });
  addResourceGroup(ctx, PROD, 'rg-platform-prod', 'westeurope', {
    costCenter: 'platform',
  });
  addResourceGroup(ctx, DEV, 'rg-dev', 'northeurope', { environment: 'dev' });

  addProductionResources(ctx);
  addDevelopmentResources(ctx);
  addDemoGitOps(ctx);
  addDemoWorkloadIdentities(ctx);
}
