import { useMemo, useState } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogBody,
  DialogFooter,
  DialogHeader,
  Flex,
  Text,
} from '@backstage/ui';
import { useApi } from '@backstage/frontend-plugin-api';
import type {
  ClusterMaintenance,
  ClusterResponse,
  MaintenanceWindowInfo,
} from '@aks-backstage/plugin-aks-common';
import { aksApiRef } from '../../api';
import { serverMessage } from '../EntityClusters/errorText';
import { MUTED } from '../look';
import {
  fieldOfMessage,
  formOf,
  formProblems,
  WindowForm,
  windowInput,
} from './maintenanceForm';
import { occurrenceText } from './maintenanceTimes';
import { MaintenanceWindowFields } from './MaintenanceWindowFields';
import type { SettableWindow } from './maintenanceWords';
import { useWindowPreview } from './useWindowPreview';

/** The next five windows as the backend computes them, or why it cannot. */
function Preview(props: {
  preview?: ReturnType<typeof useWindowPreview>['preview'];
  loading: boolean;
  utcOffset: string;
}) {
  const { preview, loading } = props;
  if (!preview) {
    return loading ? (
      <Text variant="body-small" style={MUTED}>
        Working out the next windows…
      </Text>
    ) : null;
  }
  return (
    <Flex direction="column" gap="1" style={loading ? MUTED : undefined}>
      <Text variant="body-medium" weight="bold">
        {preview.summary}
      </Text>
      <ul
        aria-label="Next five windows"
        style={{ margin: 0, paddingInlineStart: 'var(--bui-space-5)' }}
      >
        {preview.next.map(occurrence => (
          <li key={occurrence.start}>
            <Text variant="body-medium">
              {occurrenceText(occurrence, props.utcOffset)}
            </Text>
          </li>
        ))}
      </ul>
    </Flex>
  );
}

function WindowEditor(props: {
  cluster: ClusterResponse;
  entityRef: string;
  window: SettableWindow;
  current?: MaintenanceWindowInfo;
  onClose: () => void;
  onSaved: (maintenance: ClusterMaintenance) => void;
}) {
  const { cluster, entityRef, window, current } = props;
  const aksApi = useApi(aksApiRef);
  const [form, setForm] = useState<WindowForm>(() =>
    formOf(current?.maintenanceWindow),
  );
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<Error>();
  const problems = formProblems(form);
  const valid = Object.keys(problems).length === 0;
  const input = useMemo(
    () => (valid ? windowInput(form, current?.maintenanceWindow) : undefined),
    [valid, form, current],
  );
  const {
    preview,
    error: previewError,
    loading,
  } = useWindowPreview(cluster, entityRef, input);
  // The backend's refusal shows at the field it names, else above the buttons.
  const refusal = saveError ?? previewError;
  const refusalText = refusal && serverMessage(refusal);
  const refusedField = refusalText ? fieldOfMessage(refusalText) : undefined;
  const shownProblems = refusedField
    ? { ...problems, [refusedField]: refusalText }
    : problems;

  const save = async () => {
    if (!input) return;
    setSaving(true);
    setSaveError(undefined);
    try {
      props.onSaved(
        await aksApi.setMaintenanceWindow(cluster, window.configName, input, {
          entityRef,
        }),
      );
    } catch (e) {
      setSaveError(e as Error);
      setSaving(false);
    }
  };

  return (
    <>
      <DialogHeader>{`${window.title} of ${cluster.name}`}</DialogHeader>
      <DialogBody>
        <Flex direction="column" gap="4">
          <Text variant="body-medium" style={MUTED}>
            AKS starts {window.what} only inside this window. It needs at least
            4 hours.
          </Text>
          <MaintenanceWindowFields
            form={form}
            onChange={next => {
              setForm(next);
              setSaveError(undefined);
            }}
            problems={shownProblems}
          />
          {refusalText && !refusedField && (
            <Alert status="danger" icon title={refusalText} />
          )}
          {valid && !refusal && (
            <Preview
              preview={preview}
              loading={loading}
              utcOffset={form.utcOffset}
            />
          )}
        </Flex>
      </DialogBody>
      <DialogFooter>
        <Button variant="secondary" onPress={props.onClose}>
          Cancel
        </Button>
        <Button
          variant="primary"
          isDisabled={!valid || !preview || loading || !!refusal}
          loading={saving}
          onPress={save}
        >
          Save window
        </Button>
      </DialogFooter>
    </>
  );
}

/**
 * Sets the auto-upgrade or the node OS update window: its schedule, start,
 * offset and hours, with the next five windows the backend works out before
 * anything is saved. A refusal of the backend shows at the form.
 */
export function MaintenanceDialog(props: {
  cluster: ClusterResponse;
  entityRef: string;
  window?: SettableWindow;
  current?: MaintenanceWindowInfo;
  onClose: () => void;
  onSaved: (maintenance: ClusterMaintenance) => void;
}) {
  const { window, onClose } = props;
  return (
    <Dialog
      isOpen={!!window}
      onOpenChange={open => !open && onClose()}
      isDismissable
    >
      {window && <WindowEditor key={window.kind} {...props} window={window} />}
    </Dialog>
  );
}
