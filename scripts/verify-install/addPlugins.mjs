// Adds our packages to the app exactly as each package's README says.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const BACKEND_PACKAGES = [
  '@aks-backstage/plugin-aks-backend',
  '@aks-backstage/plugin-scaffolder-backend-module-aks',
  '@aks-backstage/plugin-catalog-backend-module-aks',
  '@aks-backstage/plugin-kubernetes-backend-module-aks',
];
export const TEMPLATES = [
  'aks-cluster',
  'acr',
  'aks-virtual-nodes',
  'aks-spot-node-pool',
];

function editJson(path, edit) {
  const json = JSON.parse(readFileSync(path, 'utf8'));
  edit(json);
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
}

function editText(path, edit) {
  const before = readFileSync(path, 'utf8');
  const after = edit(before);
  if (after === before)
    throw new Error(`${path} is not as create-app writes it`);
  writeFileSync(path, after);
}

/**
 * `yarn --cwd packages/backend add <package>` and its kin, without an install
 * per package: the same dependencies written down, installed once later. The
 * tarballs stand in for the registry through `resolutions`.
 */
export function addDependencies(app, packed) {
  const range = name => `^${packed[name].version}`;
  editJson(join(app, 'package.json'), pkg => {
    pkg.resolutions = {
      ...pkg.resolutions,
      ...Object.fromEntries(
        Object.entries(packed).map(([name, { filename }]) => [
          name,
          `file:./aks-tarballs/${filename}`,
        ]),
      ),
    };
    pkg.devDependencies['@aks-backstage/arm-emulator'] = range(
      '@aks-backstage/arm-emulator',
    );
  });
  editJson(join(app, 'packages/backend/package.json'), pkg => {
    for (const name of BACKEND_PACKAGES) pkg.dependencies[name] = range(name);
  });
  editJson(join(app, 'packages/app/package.json'), pkg => {
    pkg.dependencies['@aks-backstage/plugin-aks'] = range(
      '@aks-backstage/plugin-aks',
    );
  });
}

/** The backend lines of the backend plugin's and the modules' READMEs. */
export function addBackendFeatures(app) {
  editText(join(app, 'packages/backend/src/index.ts'), source =>
    source.replace(
      'backend.start();',
      [
        ...BACKEND_PACKAGES.map(name => `backend.add(import('${name}'));`),
        '',
        'backend.start();',
      ].join('\n'),
    ),
  );
}

/** The frontend plugin's README: the plugin and its scaffolder fields module. */
export function addFrontendFeatures(app) {
  editText(join(app, 'packages/app/src/App.tsx'), source =>
    source
      .replace(
        "import catalogPlugin from '@backstage/plugin-catalog/alpha';",
        [
          "import catalogPlugin from '@backstage/plugin-catalog/alpha';",
          'import aksPlugin, {',
          '  aksScaffolderFieldsModule,',
          "} from '@aks-backstage/plugin-aks/alpha';",
        ].join('\n'),
      )
      .replace(
        'features: [catalogPlugin,',
        'features: [catalogPlugin, aksPlugin, aksScaffolderFieldsModule,',
      ),
  );
}

/** The scaffolder module's templates, and a component that names a cluster. */
export function addCatalogFiles(app, root) {
  cpSync(
    join(root, 'examples/templates'),
    join(app, 'examples/aks-templates'),
    {
      recursive: true,
    },
  );
  writeFileSync(
    join(app, 'examples/aks-entities.yaml'),
    `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: payments-api
  annotations:
    azure.com/aks-cluster-id: /subscriptions/6f1a2b3c-0000-4000-8000-000000000001/resourceGroups/rg-payments-prod/providers/Microsoft.ContainerService/managedClusters/aks-payments-prod
spec: { type: service, lifecycle: production, owner: guests }
`,
  );
}
