// What `npm start` lays over app-config.yaml, as APP_CONFIG_ variables, which
// both the backend and the app's dev server read.

// One info line per request buries everything else in the terminal; a
// request's warnings and errors still show.
const QUIET_ACCESS_LOG = [
  { matchers: { type: 'incomingRequest' }, level: 'warn' },
];

export const appUrl = ports => `http://localhost:${ports.app}`;

export const backendUrl = ports => `http://localhost:${ports.backend}`;

/**
 * The URLs of the ports chosen, the emulator's endpoints as it printed them
 * and its CA, and the access log left out unless the environment already
 * sets the logger's overrides.
 */
export function portalConfigEnv({ ports, emulator, caCert, env }) {
  return {
    APP_CONFIG_app_baseUrl: appUrl(ports),
    APP_CONFIG_backend_baseUrl: backendUrl(ports),
    APP_CONFIG_backend_listen_port: String(ports.backend),
    APP_CONFIG_backend_cors_origin: appUrl(ports),
    APP_CONFIG_aks_armEndpoint: emulator.url,
    APP_CONFIG_aks_authorityHost: emulator.authorityHost,
    APP_CONFIG_aks_graph_endpoint: emulator.graphEndpoint,
    APP_CONFIG_aks_kubernetesApiServer_urlTemplate:
      emulator.kubernetesUrlTemplate,
    APP_CONFIG_aks_caCert: caCert,
    // The emulator serves the clusters' Kubernetes API too, under the same CA.
    APP_CONFIG_aks_kubernetesApiServer_caCert: caCert,
    APP_CONFIG_backend_logger_overrides:
      env.APP_CONFIG_backend_logger_overrides ??
      JSON.stringify(QUIET_ACCESS_LOG),
  };
}
