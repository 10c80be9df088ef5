// What `npm ls` shows of the app: one version of each package that must be
// single, or the app has two routing integrations and two BUI style sheets.
import { spawnSync } from 'node:child_process';

export const SINGLE = [
  '@backstage/frontend-plugin-api',
  '@backstage/ui',
  '@backstage/core-plugin-api',
];

/** The versions `npm ls --all` finds of each package; throws unless one each. */
export function checkSingleCopies(app, log) {
  // npm ls exits non-zero for a Yarn-installed tree (no package-lock.json),
  // and still prints the tree it read.
  const { stdout } = spawnSync('npm', ['ls', '--all', '--json', ...SINGLE], {
    cwd: app,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const versions = Object.fromEntries(SINGLE.map(name => [name, new Set()]));
  const walk = dependencies => {
    for (const [name, node] of Object.entries(dependencies ?? {})) {
      if (versions[name] && node.version) versions[name].add(node.version);
      walk(node.dependencies);
    }
  };
  walk(JSON.parse(stdout).dependencies);
  const found = Object.fromEntries(
    Object.entries(versions).map(([name, set]) => [name, [...set]]),
  );
  log(`npm ls in the app: ${JSON.stringify(found)}`);
  const doubled = Object.entries(found).filter(([, list]) => list.length !== 1);
  if (doubled.length > 0) {
    throw new Error(`not one copy each: ${JSON.stringify(doubled)}`);
  }
  return found;
}
