import { SETTINGS_RULES } from './settings';
import { describeRules, healthy } from '../__testUtils__/healthFixtures';

describeRules(SETTINGS_RULES, {
  FreeTierNoSla: [
    {
      name: 'on the Free tier',
      input: healthy({ tier: 'Free' }),
      severity: 'info',
      message: 'The Free tier has no uptime SLA',
    },
  ],
  NoAutoUpgradeChannel: [
    {
      name: 'when the channel is none',
      input: healthy({ autoUpgradeChannel: 'none' }),
      severity: 'info',
      message: 'No auto-upgrade channel is set',
    },
    {
      name: 'when no channel is reported',
      input: healthy({ autoUpgradeChannel: undefined }),
      severity: 'info',
      message: 'No auto-upgrade channel is set',
    },
  ],
});
