import { mockServices } from '@backstage/backend-test-utils';

/** A log line as the backend wrote it, and its text for matching. */
export interface LogLine {
  level: string;
  message: string;
  meta?: unknown;
  text: string;
}

/** A root logger that keeps every line, for tests that look at what was logged. */
export function capturedLogs() {
  const lines: LogLine[] = [];
  const logger = mockServices.rootLogger.mock({
    child: () => logger,
    ...Object.fromEntries(
      ['error', 'warn', 'info', 'debug'].map(level => [
        level,
        (message: string, meta?: unknown) =>
          lines.push({
            level,
            message,
            meta,
            text: `${message} ${JSON.stringify(meta ?? {})}`,
          }),
      ]),
    ),
  });
  return { lines, factory: logger.factory };
}
