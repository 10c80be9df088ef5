// The API reports (report*.api.md) of the published packages, from the
// declarations `tsc` writes to dist-types. `--ci` fails when a report is not
// what the code exports, instead of writing it.
import { spawnSync } from 'node:child_process';
import { PUBLISHED } from './publishedPackages.mjs';

const { status } = spawnSync(
  'backstage-repo-tools',
  [
    'api-reports',
    ...process.argv.slice(2),
    // Member-level TSDoc is not enforced, and the generated OpenAPI types are
    // read from source, as in Backstage's own repository.
    '--omit-messages',
    'ae-undocumented,ae-wrong-input-file-type',
    '--validate-release-tags',
    // The emulator is a test tool: its option types carry no release tags.
    '--allow-warnings',
    'packages/arm-emulator',
    ...PUBLISHED,
  ],
  { stdio: 'inherit' },
);
process.exitCode = status ?? 1;
