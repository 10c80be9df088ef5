// app-config.local.yaml of the new app: its own ports, our catalog files and
// the configuration our READMEs give, pointed at the emulator.
import { TEMPLATES } from './addPlugins.mjs';

/** `emulator` is the JSON line the emulator's CLI prints when it listens. */
export function appConfig({ emulator, frontendPort, backendPort }) {
  const frontend = `http://localhost:${frontendPort}`;
  const subscriptions = emulator.subscriptionIds.map(
    id => `    - subscriptionId: ${id}
      tenantId: ${emulator.tenantId}
      credential:
        type: clientSecret
        clientId: ${emulator.clientId}
        clientSecret: ${emulator.clientSecret}`,
  );
  const templates = TEMPLATES.map(
    t => `    - type: file
      target: ../../examples/aks-templates/${t}.yaml
      rules:
        - allow: [Template]`,
  );
  return `app:
  baseUrl: ${frontend}
backend:
  baseUrl: http://localhost:${backendPort}
  listen:
    port: ${backendPort}
  cors:
    origin: ${frontend}
catalog:
  providers:
    aks:
      defaultOwner: group:default/guests
  # A list replaces the one of app-config.yaml: create-app's locations, then ours.
  locations:
    - type: file
      target: ../../examples/entities.yaml
    - type: file
      target: ../../examples/template/template.yaml
      rules:
        - allow: [Template]
    - type: file
      target: ../../examples/org.yaml
      rules:
        - allow: [User, Group]
    - type: file
      target: ../../examples/aks-entities.yaml
${templates.join('\n')}
kubernetes:
  serviceLocatorMethod:
    type: multiTenant
  clusterLocatorMethods: []
aks:
  armEndpoint: ${emulator.url}
  authorityHost: ${emulator.authorityHost}
  kubernetesApiServer:
    urlTemplate: ${emulator.kubernetesUrlTemplate}
  subscriptions:
${subscriptions.join('\n')}
`;
}
