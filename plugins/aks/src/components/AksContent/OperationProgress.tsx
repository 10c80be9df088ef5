import { Alert } from '@backstage/ui';
import type {
  AksOperation,
  AksOperationRequest,
} from '@aks-backstage/plugin-aks-common';
import { formatTime } from '../describe/dates';
import { serverMessage } from '../EntityClusters/errorText';
import { operationLabel } from './describeOperation';

/** The running or last operation: progress, success, or Azure's error. */
export function OperationProgress(props: {
  request?: AksOperationRequest;
  operation?: AksOperation;
  error?: Error;
}) {
  const { request, operation, error } = props;
  if (!request) return null;
  const label = operationLabel(request);
  if (error) {
    return (
      <Alert
        status="danger"
        title={`${label} failed to start`}
        description={serverMessage(error)}
      />
    );
  }
  if (!operation || operation.status === 'InProgress') {
    const since = operation
      ? `, started ${formatTime(operation.startedAt)}`
      : '';
    return (
      <Alert
        status="info"
        isPending
        title={`${label}…`}
        description={`Azure is working on it${since}. This page follows it.`}
      />
    );
  }
  if (operation.status === 'Succeeded') {
    return <Alert status="success" title={`${label}: done`} />;
  }
  return (
    <Alert
      status="danger"
      title={`${label}: ${operation.status.toLowerCase()}`}
      description={
        operation.error
          ? `Azure reported ${operation.error.code}: ${operation.error.message}`
          : 'Azure reported no details.'
      }
    />
  );
}
