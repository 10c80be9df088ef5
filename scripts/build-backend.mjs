// The backend's production bundle, dist/bundle.tar.gz and dist/skeleton.tar.gz,
// made by Backstage's own backend build. That build always copies the root
// yarn.lock into the bundle and has no option for another package manager, so
// it is handed package-lock.json in its place.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const require = createRequire(
  createRequire(import.meta.url).resolve('@backstage/cli-defaults'),
);
const lib = join(
  dirname(require.resolve('@backstage/cli-module-build/package.json')),
  'dist/lib',
);
const distWorkspace = require(`${lib}/packager/createDistWorkspace.cjs.js`);
const { buildBackend } = require(`${lib}/buildBackend.cjs.js`);

// buildBackend looks createDistWorkspace up on this exports object at each call.
const { createDistWorkspace } = distWorkspace;
distWorkspace.createDistWorkspace = (packages, options) =>
  createDistWorkspace(packages, {
    ...options,
    files: ['package.json', 'package-lock.json'],
  });

// `npm run build` builds the backend's workspace dependencies before it;
// Backstage's build of them would run `yarn run build` for the app.
await buildBackend({
  targetDir: resolve(ROOT, 'packages/backend'),
  skipBuildDependencies: true,
});
