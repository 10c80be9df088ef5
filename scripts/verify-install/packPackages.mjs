// Builds and packs each published package as `npm publish` would.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { PUBLISHED } from '../publishedPackages.mjs';

/** Returns `{ [packageName]: { version, filename, size } }` of the tarballs in `destination`. */
export function packPackages({ root, destination, log }) {
  const run = (args, cwd) =>
    execFileSync('npx', args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  // The package builds take their .d.ts files from the repository's tsc output.
  log('type declarations (npx tsc)');
  run(['tsc'], root);
  const packed = {};
  for (const dir of PUBLISHED) {
    log(`building and packing ${dir}`);
    run(['backstage-cli', 'package', 'build'], join(root, dir));
    const out = execFileSync(
      'npm',
      ['pack', '--json', '--pack-destination', destination],
      { cwd: join(root, dir), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const [{ name, version, filename, size }] = JSON.parse(out.toString());
    packed[name] = { version, filename, size };
  }
  return packed;
}
