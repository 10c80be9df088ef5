import type { EmulatorContext } from '../emulatorContext';
import { registerPrincipal } from '../authentication/principalRegistration';
import { DEMO_IDS } from './demoIds';
import { applyDemoResources, applyDemoSubscriptions } from './demoSeed';
import { applyDemoWorkloads } from './demoWorkloads';
import { applyDemoRisks } from './demoRiskSeed';
import {
  applyFleetResources,
  applyFleetSubscriptions,
  parseFleetSeed,
} from './fleetSeed';

function registerSeedPrincipals(ctx: EmulatorContext) {
  registerPrincipal(ctx, {
    clientId: DEMO_IDS.clientId,
    clientSecret: DEMO_IDS.clientSecret,
    displayName: 'backstage-aks-demo',
    subscriptions: ctx.subscriptions.ids(),
    graphPermissions: ['Application.Read.All'],
  });
  registerPrincipal(ctx, {
    clientId: DEMO_IDS.noRoleClientId,
    clientSecret: DEMO_IDS.noRoleClientSecret,
    displayName: 'backstage-aks-no-role',
    subscriptions: [],
  });
}

/** Fills an empty context from a seed name: 'demo', 'empty' or 'fleet:<clusters>x<subscriptions>'. */
export function applySeed(ctx: EmulatorContext, seed: string) {
  const fleet = parseFleetSeed(seed);
  if (seed === 'demo' || seed === 'empty') {
    applyDemoSubscriptions(ctx);
    registerSeedPrincipals(ctx);
    if (seed === 'demo') {
      applyDemoResources(ctx);
      applyDemoWorkloads(ctx);
      applyDemoRisks(ctx);
    }
  } else if (fleet) {
    applyFleetSubscriptions(ctx, fleet.subscriptions);
    registerSeedPrincipals(ctx);
    applyFleetResources(ctx, fleet.clusters, fleet.subscriptions);
  } else {
    throw new Error(
      `Unknown seed '${seed}'. Use 'demo', 'empty' or 'fleet:<clusters>x<subscriptions>' (e.g. fleet:2000x20).`,
    );
  }
}
