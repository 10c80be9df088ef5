import { useState } from 'react';
import { Button, Flex, Text } from '@backstage/ui';
import type {
  ClusterMaintenance,
  ClusterResponse,
  MaintenanceChange,
  MaintenanceWindowInfo,
} from '@aks-backstage/plugin-aks-common';
import { serverMessage } from '../EntityClusters/errorText';
import { Facts } from '../Facts/Facts';
import { MUTED } from '../look';
import { StaleNotice } from '../StaleNotice/StaleNotice';
import { MaintenanceDialog } from './MaintenanceDialog';
import { occurrenceText, startText } from './maintenanceTimes';
import {
  configTitle,
  inSentence,
  isOn,
  nextWindowsLabel,
  nodeOsChannelText,
  SETTABLE_WINDOWS,
  SettableWindow,
  upgradeChannelText,
  windowTitle,
} from './maintenanceWords';
import { useMaintenance } from './useMaintenance';

/** What the next maintenance changes, and when. */
function NextChange({ change }: { change?: MaintenanceChange }) {
  if (!change) return <Text variant="body-medium">Nothing planned</Text>;
  let when = 'At any time: its channel has no window';
  if (change.start) {
    const window = change.window
      ? inSentence(configTitle(change.window))
      : 'window';
    when = `In the ${window}, ${startText(change.start)}`;
  }
  return (
    <Flex direction="column" gap="0_5">
      <Text variant="body-medium">{change.summary}</Text>
      <Text variant="body-small" style={MUTED}>
        {when}
      </Text>
    </Flex>
  );
}

/** A window's schedule in words and its next three occurrences, in both times. */
function WindowTimes({ info }: { info: MaintenanceWindowInfo }) {
  const offset =
    info.kind === 'default' ? '+00:00' : info.maintenanceWindow?.utcOffset;
  return (
    <>
      <Text variant="body-medium">{info.summary}</Text>
      {info.next.length > 0 ? (
        <ul
          aria-label={nextWindowsLabel(info.kind)}
          style={{ margin: 0, paddingInlineStart: 'var(--bui-space-5)' }}
        >
          {info.next.slice(0, 3).map(occurrence => (
            <li key={occurrence.start}>
              <Text variant="body-medium">
                {occurrenceText(occurrence, offset)}
              </Text>
            </li>
          ))}
        </ul>
      ) : (
        <Text variant="body-small" style={MUTED}>
          No occurrence ahead
        </Text>
      )}
    </>
  );
}

/** One window: its times, or what its absence means; "Set window…" for who may. */
function WindowBlock(props: {
  title: string;
  info?: MaintenanceWindowInfo;
  absent?: string;
  onSet?: () => void;
}) {
  return (
    <div role="group" aria-label={props.title}>
      <Flex justify="between" align="start" gap="3">
        <Flex direction="column" gap="1" style={{ minWidth: 0 }}>
          <Text variant="body-medium" weight="bold">
            {props.title}
          </Text>
          {props.info ? (
            <WindowTimes info={props.info} />
          ) : (
            <Text variant="body-medium">{props.absent}</Text>
          )}
        </Flex>
        {props.onSet && (
          <Button variant="secondary" size="small" onPress={props.onSet}>
            Set window…
          </Button>
        )}
      </Flex>
    </div>
  );
}

function absentText(window: SettableWindow, maintenance: ClusterMaintenance) {
  const channel =
    window.kind === 'autoUpgrade'
      ? maintenance.upgradeChannel
      : maintenance.nodeOSUpgradeChannel ?? 'NodeImage';
  return isOn(channel)
    ? `None: ${window.what} may start at any time`
    : `None (${window.what} are off)`;
}

/**
 * When the cluster changes by itself: its channels in words, each window
 * with its next three occurrences in the viewer's time and its own, and
 * what the next maintenance does. Who may set windows sets them here.
 */
export function MaintenanceSection(props: {
  cluster: ClusterResponse;
  entityRef: string;
  canSetWindows: boolean;
}) {
  const { cluster, entityRef, canSetWindows } = props;
  const { maintenance, error, setMaintenance } = useMaintenance(
    cluster,
    entityRef,
  );
  const [editing, setEditing] = useState<SettableWindow>();
  if (error) {
    return (
      <Text variant="body-medium">
        Maintenance is unknown: {serverMessage(error)}
      </Text>
    );
  }
  if (!maintenance) {
    return (
      <Text variant="body-medium" style={MUTED}>
        Reading the maintenance windows…
      </Text>
    );
  }
  const windows = maintenance.windows ?? [];
  const infoOf = (kind: MaintenanceWindowInfo['kind']) =>
    windows.find(w => w.kind === kind);
  return (
    <Flex
      direction="column"
      gap="4"
      aria-label={`Maintenance of ${cluster.name}`}
      role="group"
    >
      {maintenance.stale && <StaleNotice fetchedAt={maintenance.fetchedAt} />}
      <Facts
        label={`Channels of ${cluster.name}`}
        facts={[
          [
            'Automatic upgrades',
            upgradeChannelText(maintenance.upgradeChannel),
          ],
          [
            'Node OS updates',
            nodeOsChannelText(maintenance.nodeOSUpgradeChannel),
          ],
          ['Next change', <NextChange change={maintenance.nextChange} />],
        ]}
      />
      {maintenance.unknown ? (
        <Text variant="body-medium">
          The windows are unknown: {maintenance.unknown}
        </Text>
      ) : (
        <>
          {SETTABLE_WINDOWS.map(window => (
            <WindowBlock
              key={window.kind}
              title={window.title}
              info={infoOf(window.kind)}
              absent={absentText(window, maintenance)}
              onSet={canSetWindows ? () => setEditing(window) : undefined}
            />
          ))}
          {windows
            .filter(w => w.kind === 'default')
            .map(info => (
              <WindowBlock
                key={info.name}
                title={windowTitle(info.kind)}
                info={info}
              />
            ))}
        </>
      )}
      <MaintenanceDialog
        cluster={cluster}
        entityRef={entityRef}
        window={editing}
        current={editing && infoOf(editing.kind)}
        onClose={() => setEditing(undefined)}
        onSaved={saved => {
          setEditing(undefined);
          setMaintenance(saved);
        }}
      />
    </Flex>
  );
}
