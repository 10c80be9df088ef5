import { TemplateAction } from '@backstage/plugin-scaffolder-node';

/** Every action of this module. */
export function createAksActions(): TemplateAction<any, any, any>[] {
  return [];
}
