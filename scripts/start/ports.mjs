// The ports `npm start` listens on, and what to say when one is taken.
import { createServer } from 'node:net';

const PARTS = {
  app: { variable: 'APP_PORT', standard: 3000, name: 'the app' },
  backend: { variable: 'BACKEND_PORT', standard: 7007, name: 'the backend' },
  emulator: {
    variable: 'EMULATOR_PORT',
    standard: 7443,
    name: 'the ARM emulator',
  },
};

// The port of each part: APP_PORT, BACKEND_PORT and EMULATOR_PORT, or 3000,
// 7007 and 7443.
function choosePorts(env) {
  const ports = {};
  for (const [part, { variable, standard }] of Object.entries(PARTS)) {
    const port = env[variable] ? Number(env[variable]) : standard;
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new Error(
        `${variable} must be a port number, not "${env[variable]}".`,
      );
    }
    ports[part] = port;
  }
  if (new Set(Object.values(ports)).size < Object.keys(ports).length) {
    throw new Error('APP_PORT, BACKEND_PORT and EMULATOR_PORT must differ.');
  }
  return ports;
}

// Without a host the probe binds every address, IPv4 and IPv6, so it fails
// whichever address the other process listens on.
function isFree(port) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', error =>
      error.code === 'EADDRINUSE' ? resolve(false) : reject(error),
    );
    probe.listen({ port, exclusive: true }, () =>
      probe.close(() => resolve(true)),
    );
  });
}

async function partsOnBusyPorts(ports) {
  const parts = Object.keys(ports);
  const free = await Promise.all(parts.map(part => isFree(ports[part])));
  return parts.filter((_, index) => !free[index]);
}

async function freePortAfter(port, avoided) {
  for (let candidate = port + 1; candidate < port + 100; candidate++) {
    if (!avoided.has(candidate) && (await isFree(candidate))) return candidate;
  }
  return port + 100;
}

const listed = items =>
  items.length === 1
    ? items[0]
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

// Which ports are taken, by what probably, and a command with free ones.
async function busyPortsMessage(ports, busyParts) {
  const avoided = new Set(Object.values(ports));
  const assignments = [];
  for (const part of busyParts) {
    const port = await freePortAfter(ports[part], avoided);
    avoided.add(port);
    assignments.push(`${PARTS[part].variable}=${port}`);
  }
  const taken = busyParts.map(
    part => `port ${ports[part]} (${PARTS[part].name})`,
  );
  return [
    `${listed(taken)} ${taken.length === 1 ? 'is' : 'are'} already in use.`,
    'Another AKS portal (npm start) is probably running: stop it (Ctrl-C in',
    'its terminal), or start this one on other ports:',
    '',
    `  ${assignments.join(' ')} npm start`,
  ].join('\n');
}

/**
 * The port of each part once all are known to be free; otherwise throws
 * what to tell the terminal.
 */
export async function portsToListenOn(env) {
  const ports = choosePorts(env);
  const busyParts = await partsOnBusyPorts(ports);
  if (busyParts.length > 0) {
    throw new Error(await busyPortsMessage(ports, busyParts));
  }
  return ports;
}
