import { InputError } from '@backstage/errors';
import { z } from 'zod/v3';

/** The zod the scaffolder's action schemas are written in. */
export type Zod = typeof z;

/** Any zod schema. */
export type ZodSchema = z.ZodTypeAny;

/**
 * An action's input schema, one object for what the scaffolder shows and
 * what the handler parses: the scaffolder hands actions their raw input, so
 * the handler parses it with the same schema, defaults applied and every
 * problem reported in one `InputError` that names the fields, before any
 * Azure call.
 */
export function actionInput<T extends ZodSchema>(build: (zod: Zod) => T) {
  const schema = build(z);
  return {
    schema: () => schema,
    parse(input: unknown): z.output<T> {
      const result = schema.safeParse(input);
      if (!result.success) {
        const problems = result.error.issues.map(
          issue => `${issue.path.join('.') || 'input'}: ${issue.message}`,
        );
        throw new InputError(`Invalid input: ${problems.join('; ')}`);
      }
      return result.data;
    },
  };
}
