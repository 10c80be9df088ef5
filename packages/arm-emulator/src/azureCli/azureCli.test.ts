import type * as KubernetesClient from '@kubernetes/client-node';
import { startArmEmulator } from '../startArmEmulator';
import { findSecrets } from '../secretScan';
import type { ArmEmulator } from '../types';
import { AzureCliSession, describeWithAzureCli } from './azureCliHarness';
import { AZURE_CLI_STEPS, type StepContext } from './azureCliSteps';

/**
 * Azure's Python SDK waits 30 s between polls when an answer gives it no
 * pacing (or `Retry-After: 0`); a step over this took at least one such wait.
 */
const STEP_LIMIT_MS = 25_000;

describeWithAzureCli('Azure CLI test')(
  'the Azure CLI against the emulator, one command after another',
  () => {
    let emulator: ArmEmulator;
    let az: AzureCliSession;
    let ctx: StepContext;

    beforeAll(async () => {
      // An ES module, which Jest loads only with VM modules (NODE_OPTIONS=--experimental-vm-modules).
      const k8s: typeof KubernetesClient = await import(
        '@kubernetes/client-node'
      );
      emulator = await startArmEmulator({ lroDurationMs: 200 });
      az = new AzureCliSession(emulator);
      ctx = {
        emulator,
        az,
        learned: {},
        readKubeconfig: file => {
          const kubeconfig = new k8s.KubeConfig();
          kubeconfig.loadFromFile(file);
          return {
            server: kubeconfig.getCurrentCluster()?.server,
            token: kubeconfig.getCurrentUser()?.token,
          };
        },
      };
    }, 30_000);
    afterAll(async () => {
      az?.dispose();
      await emulator?.stop();
    });

    it.each(AZURE_CLI_STEPS.map(s => [s.title, s] as const))(
      '%s',
      async (_, step) => {
        const run = await az.run(step.args(ctx));
        if (run.exitCode !== step.exitCode)
          throw new Error(
            `${run.command} exited ${run.exitCode}, not ${
              step.exitCode
            }:\n${run.stderr
              .slice(-1500)
              .replaceAll(emulator.clientSecret, '***')}`,
          );
        const { actual, shape } = step.expects?.(run, ctx) ?? {
          actual: {},
          shape: {},
        };
        expect(actual).toMatchObject(shape);
        step.learn?.(run, ctx);
        expect(run.ms).toBeLessThan(STEP_LIMIT_MS);
        const known = ctx.learned.kubeconfigToken
          ? [ctx.learned.kubeconfigToken]
          : [];
        expect(findSecrets(`${run.stdout}\n${run.stderr}`, known)).toEqual([]);
      },
      STEP_LIMIT_MS * 2,
    );
  },
);
