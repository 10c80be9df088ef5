import {
  Button,
  Dialog,
  DialogBody,
  DialogFooter,
  DialogHeader,
  Text,
} from '@backstage/ui';
import type {
  AksOperationRequest,
  ClusterResponse,
} from '@aks-backstage/plugin-aks-common';
import { describeOperation } from './describeOperation';

/** Says what an operation will do before it is started. */
export function ConfirmOperationDialog(props: {
  cluster: ClusterResponse;
  request?: AksOperationRequest;
  onConfirm: (request: AksOperationRequest) => void;
  onCancel: () => void;
}) {
  const { cluster, request, onConfirm, onCancel } = props;
  const description = request && describeOperation(cluster, request);
  return (
    <Dialog
      isOpen={!!request}
      onOpenChange={open => !open && onCancel()}
      isDismissable
    >
      {request && description && (
        <>
          <DialogHeader>{description.title}</DialogHeader>
          <DialogBody>
            <Text as="p" variant="body-medium">
              {description.consequences}
            </Text>
          </DialogBody>
          <DialogFooter>
            <Button variant="secondary" onPress={onCancel}>
              Cancel
            </Button>
            <Button
              variant="primary"
              destructive={description.destructive}
              onPress={() => onConfirm(request)}
            >
              {description.confirmLabel}
            </Button>
          </DialogFooter>
        </>
      )}
    </Dialog>
  );
}
