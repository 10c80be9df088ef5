import { ConflictError } from '@backstage/errors';
import { ActionContext } from '@backstage/plugin-scaffolder-node';
import {
  AksSubscriptionConfig,
  AzureClients,
} from '@aks-backstage/plugin-aks-node';
import { azure, outputAll, readIfExists } from './azure';
import {
  createResourceGroup,
  ResourceGroupInput,
  resourceGroupToCreate,
} from './resourceGroup';
import {
  actionWait,
  ProvisioningStatus,
  SdkPoller,
  waitForPoller,
  waitForResource,
} from './waitForOperation';

/**
 * The Azure tag that marks what a scaffolder task created, so that the task,
 * run again after a restart, recognises its own resource and waits for it.
 */
export const TASK_TAG = 'backstage-scaffolder-task';

function withTaskTag(
  tags: Record<string, string> | undefined,
  taskId: string,
): Record<string, string> {
  return { ...tags, [TASK_TAG]: taskId };
}

function isCreatedBy(
  tags: Record<string, string> | undefined,
  taskId: string,
): boolean {
  return tags?.[TASK_TAG] === taskId;
}

function normalize(value: unknown): unknown {
  if (typeof value === 'string') return value.toLowerCase();
  if (Array.isArray(value)) return value.map(normalize).map(String).sort();
  return value ?? null;
}

function show(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

/**
 * What an existing resource has that the input does not want, field by field
 * (`found` is the resource described in the input's terms). Fields the input
 * leaves out are not compared; strings compare as Azure does, ignoring case.
 */
export function differences(
  wanted: Record<string, unknown>,
  found: Record<string, unknown>,
): string[] {
  return Object.entries(wanted)
    .filter(([, value]) => value !== undefined)
    .filter(
      ([field, value]) =>
        JSON.stringify(normalize(value)) !==
        JSON.stringify(normalize(found[field])),
    )
    .map(
      ([field, value]) =>
        `${field}: wanted ${show(value)}, found ${show(found[field])}`,
    );
}

/** Adopts an existing resource that matches the input, or refuses with what differs. */
export function assertMatches(what: string, found: string[]): void {
  if (found.length > 0) {
    throw new ConflictError(
      `${what} exists and differs from the input: ${found.join(
        '; ',
      )}. Change the input to match it, or choose another name`,
    );
  }
}

/** What the helpers use of an action's context. */
type ActionRun = Pick<
  ActionContext<any, any>,
  'task' | 'logger' | 'signal' | 'isDryRun' | 'checkpoint' | 'output'
>;

/** An Azure resource as the SDKs read it. */
interface AzureResource {
  tags?: Record<string, string>;
  provisioningState?: string;
}

/** A resource that an action creates, unless it exists already. */
export interface AdoptableResource<T extends AzureResource> {
  /** The resource, for log lines and errors: "Container registry /subscriptions/…". */
  what: string;
  subscription: AksSubscriptionConfig;
  /** Reads the resource; Azure answers 404 while it does not exist. */
  read(): Promise<T>;
  /** What an existing resource differs in from the input (see `differences`). */
  differences(existing: T): string[];
  /** What the resource says about its provisioning; its provisioningState unless told. */
  provisioning?(resource: T): ProvisioningStatus;
  /** The input's resource group, for a resource that goes straight in one. */
  resourceGroup?: ResourceGroupInput;
}

/** What `findOrAdopt` found. */
export interface FoundResource<T extends AzureResource> {
  resource: AdoptableResource<T>;
  /** The resource when it exists (created by this task, or adopted); undefined when it is to be created. */
  existing?: T;
  /** Whether the resource group is to be created first. */
  newResourceGroup: boolean;
}

/**
 * Looks the resource up before anything is written. One that this task
 * created (it carries the task's tag) is its own; another one is adopted when
 * it matches the input, and refused with a ConflictError listing each
 * difference when it does not. A missing resource group the input asks to
 * create means there is nothing to look up.
 */
export async function findOrAdopt<T extends AzureResource>(
  ctx: ActionRun,
  clients: AzureClients,
  resource: AdoptableResource<T>,
): Promise<FoundResource<T>> {
  const { what, subscription, resourceGroup } = resource;
  const newResourceGroup = resourceGroup
    ? await resourceGroupToCreate(clients, subscription, resourceGroup)
    : false;
  const existing = newResourceGroup
    ? undefined
    : await readIfExists(subscription, () => resource.read());
  if (existing && !isCreatedBy(existing.tags, ctx.task.id)) {
    assertMatches(what, resource.differences(existing));
    ctx.logger.info(`${what} exists as asked; adopting it`);
  }
  return { resource, existing, newResourceGroup };
}

/** How an action creates its resource. */
export interface Creation<T, O extends Record<string, string | null>> {
  /** The checkpoint that lets a task create the resource once, however often it runs. */
  checkpointKey: string;
  timeoutMinutes: number;
  /** What a dry run's log line says after "Would create <what>". */
  wouldCreate?: string;
  /** What the log line says after "Creating <what>". */
  creating?: string;
  /** The input's tags; the resource (and a new resource group) also gets the task's. */
  tags?: Record<string, string>;
  /** Starts creating the resource with the given tags. */
  start(
    tags: Record<string, string>,
  ): SdkPoller<unknown> | Promise<SdkPoller<unknown>>;
  /** The action's outputs for the resource; none is read yet in a dry run that would create it. */
  outputs(resource?: T): O;
}

/**
 * Creates the resource `findOrAdopt` did not find (after its resource group,
 * when that is new) or waits for the one it found to finish provisioning,
 * then outputs what the action says about it. Inside a checkpoint, so that a
 * task run again does not create twice; a dry run only logs and outputs what
 * it would do, and writes nothing.
 */
export async function createOrWait<
  T extends AzureResource,
  O extends Record<string, string | null>,
>(
  ctx: ActionRun,
  clients: AzureClients,
  found: FoundResource<T>,
  creation: Creation<T, O>,
): Promise<void> {
  const { resource, existing, newResourceGroup } = found;
  const { what, subscription, resourceGroup } = resource;
  if (ctx.isDryRun) {
    ctx.logger.info(
      existing
        ? `Would adopt ${what}`
        : `Would create ${what}${creation.wouldCreate ?? ''}`,
    );
    outputAll(ctx, creation.outputs(existing));
    return;
  }

  const wait = actionWait(ctx, clients, {
    what,
    subscription,
    timeoutMinutes: creation.timeoutMinutes,
    read: async () => {
      const current = await resource.read();
      return (
        resource.provisioning?.(current) ?? {
          provisioningState: current.provisioningState,
        }
      );
    },
  });
  const outputs = await ctx.checkpoint({
    key: creation.checkpointKey,
    fn: async () => {
      if (existing) {
        await waitForResource(wait);
      } else {
        if (newResourceGroup && resourceGroup) {
          await createResourceGroup(clients, subscription, {
            ...resourceGroup,
            tags: withTaskTag(undefined, ctx.task.id),
            logger: ctx.logger,
          });
        }
        ctx.logger.info(`Creating ${what}${creation.creating ?? ''}`);
        const tags = withTaskTag(creation.tags, ctx.task.id);
        await waitForPoller(creation.start(tags), wait);
      }
      return creation.outputs(await azure(subscription, () => resource.read()));
    },
  });
  outputAll(ctx, outputs);
}
