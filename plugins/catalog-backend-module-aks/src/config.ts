import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';

/**
 * `catalog.providers.aks`, read once at start.
 *
 * @public
 */
export interface AksProviderConfig {
  /** When the provider lists the clusters. */
  schedule: SchedulerServiceTaskScheduleDefinition;
  /** The Azure tag that names a cluster's owner. */
  ownerTag: string;
  /** The owner of a cluster without that tag. */
  defaultOwner: string;
  /** The Azure tag that names a cluster's system. */
  systemTag: string;
  /** The Azure tag whose value becomes the entity's description. */
  descriptionTag: string;
  /** The catalog namespace of the entities. */
  namespace: string;
}

const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 30 },
  timeout: { minutes: 5 },
  initialDelay: { seconds: 15 },
};

/** The provider's configuration, or undefined when `catalog.providers.aks` is absent. */
export function readProviderConfig(
  config: Config,
): AksProviderConfig | undefined {
  const provider = config.getOptionalConfig('catalog.providers.aks');
  if (!provider) return undefined;
  return {
    schedule: provider.has('schedule')
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
          provider.getConfig('schedule'),
        )
      : DEFAULT_SCHEDULE,
    ownerTag: provider.getOptionalString('ownerTag') ?? 'owner',
    defaultOwner: provider.getString('defaultOwner'),
    systemTag: provider.getOptionalString('systemTag') ?? 'system',
    descriptionTag:
      provider.getOptionalString('descriptionTag') ?? 'description',
    namespace: provider.getOptionalString('namespace') ?? 'default',
  };
}
