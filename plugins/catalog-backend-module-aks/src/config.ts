import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';

/** `catalog.providers.aks`, read once at start. */
export interface AksProviderConfig {
  schedule: SchedulerServiceTaskScheduleDefinition;
  ownerTag: string;
  defaultOwner: string;
  systemTag: string;
  descriptionTag: string;
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
