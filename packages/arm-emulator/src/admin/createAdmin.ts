import type { EmulatorContext } from '../emulatorContext';
import type { AdminResource, EmulatorAdmin } from '../types';
import { registerPrincipal } from '../authentication/principalRegistration';
import { renderCluster } from '../handlers/containerService/clusterModel';
import { renderPool } from '../handlers/containerService/agentPoolModel';
import { CLUSTER_TYPE, POOL_TYPE } from '../handlers/containerService/aksTypes';
import type { StoredResource } from '../persistence/resourceStore';
import { renderResource } from '../handlers/arm/renderResource';
import { deepClone } from '../util/random';
import { normalizeLocation } from '../handlers/arm/location';
import { advanceClock } from './clockAdmin';
import { renderKubernetesConfiguration } from '../handlers/kubernetesConfiguration/renderAny';

function render(ctx: EmulatorContext, record: StoredResource): any {
  if (record.type.toLowerCase() === CLUSTER_TYPE.toLowerCase())
    return renderCluster(ctx, record);
  if (record.type.toLowerCase() === POOL_TYPE.toLowerCase())
    return renderPool(record);
  const kubernetesConfiguration = renderKubernetesConfiguration(ctx, record);
  if (kubernetesConfiguration) return kubernetesConfiguration;
  return renderResource(record, record.type, deepClone(record.body));
}

function requireUrl(url: unknown): string {
  if (typeof url !== 'string' || !url.trim())
    throw new Error(
      `Name the Git repository with url (a string); got ${JSON.stringify(
        url,
      )}.`,
    );
  return url;
}

/** The programmatic admin API over a context. */
export function createAdmin(ctx: EmulatorContext): EmulatorAdmin {
  return {
    setLatency: settings => {
      ctx.faults.latency = { ...ctx.faults.latency, ...settings };
    },
    addFault: rule => ctx.faults.addFault(rule),
    removeFault: id => ctx.faults.removeFault(id),
    listFaults: () => ctx.faults.listFaults(),
    failNextLro: rule => ctx.faults.failLro(rule ?? {}),
    setThrottling: settings => ctx.faults.setThrottling(settings),
    reset: () => {
      ctx.faults.reset();
      ctx.clock.reset();
    },
    clock: () => ({ now: ctx.clock.iso() }),
    advanceClock: change => advanceClock(ctx, change),
    setQuota: limit => {
      if (
        !Number.isInteger(limit?.limit) ||
        limit.limit < 0 ||
        !limit.subscriptionId ||
        !limit.location ||
        !limit.name
      )
        throw new Error(
          'A quota needs subscriptionId, location, name and a limit (an integer, 0 or more).',
        );
      ctx.quotas.set({ ...limit, location: normalizeLocation(limit.location) });
    },
    markGitRepositoryUnreachable: url =>
      ctx.gitRepositories.markUnreachable(requireUrl(url), ctx.clock.now()),
    markGitRepositoryReachable: url =>
      ctx.gitRepositories.markReachable(requireUrl(url), ctx.clock.now()),
    unreachableGitRepositories: () =>
      ctx.gitRepositories.unreachable(ctx.clock.now()),
    requests: filter => ctx.requestLog.query(filter),
    clearRequests: () => ctx.requestLog.clear(),
    getResource: id => {
      const record = ctx.store.get(id);
      return record ? render(ctx, record) : undefined;
    },
    putResource: (id, body) => {
      const {
        id: _id,
        name: _name,
        type: _type,
        ...rest
      } = deepClone(body ?? {});
      const isCluster =
        /\/providers\/Microsoft\.ContainerService\/managedClusters\/[^/]+$/i.test(
          id,
        );
      const profiles = isCluster
        ? rest.properties?.agentPoolProfiles
        : undefined;
      if (profiles) delete rest.properties.agentPoolProfiles;
      ctx.store.put(id, rest);
      for (const { name, ...properties } of profiles ?? [])
        ctx.store.put(`${id}/agentPools/${name}`, { properties });
    },
    deleteResource: id => ctx.store.delete(id),
    listResources: type =>
      ctx.store.list({ type }).map(
        (record): AdminResource => ({
          id: record.id,
          type: record.type,
          body: render(ctx, record),
        }),
      ),
    addPrincipal: registration => registerPrincipal(ctx, registration),
    addApplication: registration => {
      ctx.applications.add(registration);
    },
    listPrincipals: () => ctx.principals.list().map(p => ({ ...p })),
    issueToken: (clientId, options) => {
      const principal = ctx.principals.get(clientId);
      if (!principal) throw new Error(`Unknown client '${clientId}'.`);
      return ctx.tokens.issue(
        principal,
        options?.audience ?? 'https://management.azure.com/',
        options?.lifetimeSeconds,
      ).token;
    },
  };
}
