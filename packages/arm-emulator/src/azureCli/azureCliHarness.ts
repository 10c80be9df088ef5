import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ArmEmulator } from '../types';

/** The `az` on PATH, if there is one. */
export function findAzureCli(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'az');
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/**
 * `describe` when the Azure CLI is installed. Without it the suite cannot
 * prove anything: with `CI` set the test file fails to load (`.ci/run`
 * installs Debian's `azure-cli`), elsewhere its tests are skipped with a line
 * saying why.
 */
export function describeWithAzureCli(what: string): jest.Describe {
  if (findAzureCli()) return describe;
  const why =
    'no `az` on PATH (install the Azure CLI, e.g. `apt-get install azure-cli`)';
  if (process.env.CI) throw new Error(`${what} cannot run in CI: ${why}`);
  process.stderr.write(`Skipping ${what}: ${why}\n`);
  return describe.skip;
}

/** The name the emulator's cloud is registered under. */
export const EMULATOR_CLOUD = 'ArmEmulator';

/**
 * `az cloud register` for the emulator: ARM and Entra at its URL, tokens for
 * Azure's ARM audience (the emulator takes those), and registries' login
 * servers under `.azurecr.io`, as the emulator names them. Naming every
 * endpoint keeps the CLI from asking the emulator for `/metadata/endpoints`.
 */
export function cloudRegistration(emulator: ArmEmulator): string[] {
  return [
    'cloud',
    'register',
    '--name',
    EMULATOR_CLOUD,
    '--endpoint-resource-manager',
    `${emulator.url}/`,
    '--endpoint-active-directory',
    emulator.authorityHost,
    '--endpoint-active-directory-resource-id',
    'https://management.azure.com/',
    '--endpoint-active-directory-graph-resource-id',
    `${emulator.graphEndpoint}/`,
    '--suffix-acr-login-server-endpoint',
    '.azurecr.io',
  ];
}

/** One `az` run: the command (the client secret masked), its exit code, what it printed, how long it took, and its JSON output. */
export interface AzRun {
  command: string;
  exitCode: number;
  stdout: string;
  stderr: string;
  ms: number;
  json?: any;
}

/** Python's start-up module that the harness puts on PYTHONPATH (see its comments). */
const PYTHON_FIXES = path.join(
  path.dirname(require.resolve('@aks-backstage/arm-emulator/package.json')),
  'src',
  'azureCli',
  'python',
);
const AZ_TIMEOUT_MS = 180_000;

/**
 * `az` with a configuration of its own: a temporary AZURE_CONFIG_DIR (clouds,
 * the login, the token cache) and extensions folder, the emulator's CA as the
 * only one trusted, no telemetry, and the harness's Python fixes. Runs are
 * asynchronous, so an emulator in the test's own process keeps answering.
 */
export class AzureCliSession {
  readonly home: string;
  private readonly env: NodeJS.ProcessEnv;
  private readonly secret: string;

  constructor(emulator: ArmEmulator) {
    this.secret = emulator.clientSecret;
    this.home = fs.mkdtempSync(path.join(os.tmpdir(), 'azure-cli-'));
    const caFile = path.join(this.home, 'emulator-ca.pem');
    fs.writeFileSync(caFile, emulator.caCertPem);
    fs.mkdirSync(path.join(this.home, 'extensions'));
    const { HTTPS_PROXY, HTTP_PROXY, https_proxy, http_proxy, ...inherited } =
      process.env;
    this.env = {
      ...inherited,
      AZURE_CONFIG_DIR: path.join(this.home, 'config'),
      AZURE_EXTENSION_DIR: path.join(this.home, 'extensions'),
      AZURE_CORE_COLLECT_TELEMETRY: 'false',
      AZURE_CORE_SURVEY_MESSAGE: 'false',
      AZURE_CORE_NO_COLOR: 'true',
      REQUESTS_CA_BUNDLE: caFile,
      NO_PROXY: '127.0.0.1,localhost',
      PYTHONPATH: [PYTHON_FIXES, process.env.PYTHONPATH]
        .filter(Boolean)
        .join(path.delimiter),
    };
  }

  /** Runs `az <args> --output json`; never rejects, the exit code tells. */
  run(args: string[]): Promise<AzRun> {
    const started = Date.now();
    return new Promise(resolve => {
      execFile(
        'az',
        [...args, '--output', 'json'],
        { env: this.env, timeout: AZ_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
        (error, stdout, stderr) => {
          let exitCode = 0;
          if (error)
            exitCode = typeof error.code === 'number' ? error.code : -1;
          let json: unknown;
          try {
            json = stdout.trim() ? JSON.parse(stdout) : undefined;
          } catch {
            json = undefined;
          }
          resolve({
            command: `az ${args.join(' ')}`.replaceAll(this.secret, '***'),
            exitCode,
            stdout,
            stderr,
            ms: Date.now() - started,
            json,
          });
        },
      );
    });
  }

  /** A file in the session's folder. */
  file(name: string): string {
    return path.join(this.home, name);
  }

  dispose() {
    fs.rmSync(this.home, { recursive: true, force: true });
  }
}
