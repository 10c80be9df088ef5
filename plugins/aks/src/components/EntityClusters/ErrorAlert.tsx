import { Alert, Button, Flex, Text } from '@backstage/ui';
import type { ErrorText } from './errorText';

/** An error as the server worded it, with a Retry button when trying again may help. */
export function ErrorAlert(props: {
  error: ErrorText;
  /** Names what failed, e.g. the cluster. */
  subject?: string;
  onRetry?: () => void;
}) {
  const { error, subject, onRetry } = props;
  return (
    <Alert
      status={error.transient ? 'warning' : 'danger'}
      icon
      title={subject ? `${subject}: ${error.title}` : error.title}
      description={
        <Flex direction="column" gap="1">
          <Text variant="body-medium">{error.message}</Text>
          {error.hint && <Text variant="body-medium">{error.hint}</Text>}
        </Flex>
      }
      customActions={
        error.transient && onRetry ? (
          <Button size="small" variant="secondary" onPress={onRetry}>
            Retry
          </Button>
        ) : undefined
      }
    />
  );
}
