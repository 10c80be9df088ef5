import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';

type SchemaOption = NonNullable<
  Parameters<typeof createTemplateAction>[0]['schema']
>['input'];

/** The zod that the scaffolder hands to an action's schema. */
export type Zod = Parameters<Extract<SchemaOption, (z: any) => unknown>>[0];

/** Any zod schema. */
export type ZodSchema = InstanceType<Zod['ZodType']>;

/**
 * An action's input schema, built with the zod that `createTemplateAction`
 * hands to it, so that the handler parses its input with the very schema the
 * scaffolder shows: defaults applied, and every problem reported in one
 * `InputError` that names the fields, before any Azure call.
 */
export function actionInput<T extends ZodSchema>(build: (z: Zod) => T) {
  let schema: T | undefined;
  return {
    schema: (z: Zod): T => (schema = build(z)),
    parse(input: unknown): T['_output'] {
      const result = schema!.safeParse(input);
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
