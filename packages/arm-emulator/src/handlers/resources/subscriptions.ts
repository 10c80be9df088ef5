import { ok, type ArmRequest, type ArmResponse } from '../armRequest';
import type { EmulatorContext } from '../../emulatorContext';
import { routeBuilder, type Route } from '../arm/route';
import { paginate } from '../arm/pagination';
import { accessibleSubscriptions } from '../../authentication/authorization';
import { subscriptionScope } from '../../util/ids';

const SUBSCRIPTIONS_API_VERSIONS = [
  '2016-06-01',
  '2019-11-01',
  '2020-01-01',
  '2021-01-01',
  '2022-12-01',
  '2024-11-01',
];

function renderSubscription(ctx: EmulatorContext, subscriptionId: string) {
  const subscription = ctx.subscriptions.get(subscriptionId)!;
  return {
    id: subscriptionScope(subscription.subscriptionId),
    subscriptionId: subscription.subscriptionId,
    tenantId: ctx.tenantId,
    displayName: subscription.displayName,
    state: 'Enabled',
    subscriptionPolicies: {
      locationPlacementId: 'Public_2014-09-01',
      quotaId: 'EnterpriseAgreement_2014-09-01',
      spendingLimit: 'Off',
    },
    authorizationSource: 'RoleBased',
  };
}

function listSubscriptions(req: ArmRequest, ctx: EmulatorContext): ArmResponse {
  const ids = accessibleSubscriptions(ctx, req.principal!);
  return ok(
    paginate(
      req,
      ids.map(id => renderSubscription(ctx, id)),
      ctx.settings.pageSize,
    ),
  );
}

const route = routeBuilder(
  SUBSCRIPTIONS_API_VERSIONS,
  'Microsoft.Resources/subscriptions',
);

/** The subscriptions a caller can see (any role there), and one of them. */
export const subscriptionRoutes: Route[] = [
  route(
    'GET',
    '/subscriptions',
    'Subscriptions_List',
    'none',
    listSubscriptions,
  ),
  route(
    'GET',
    '/subscriptions/{subscriptionId}',
    'Subscriptions_Get',
    'read',
    (req, ctx) => ok(renderSubscription(ctx, req.params.subscriptionId)),
  ),
];
