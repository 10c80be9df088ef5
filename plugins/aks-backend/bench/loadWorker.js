/* eslint-disable */
// HTTP load client, run in a worker thread so it does not share the
// backend's event loop. Modes:
//   burst:    fire `concurrency` requests at once, one socket each.
//   duration: `concurrency` keep-alive connections loop for `durationMs`.
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');

const { mode, url, headers, concurrency, durationMs, timeoutMs } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

function once() {
  return new Promise(resolve => {
    const start = process.hrtime.bigint();
    const req = http.get(url, { agent, headers, timeout: timeoutMs }, res => {
      let body = '';
      res.on('data', chunk => {
        if (res.statusCode !== 200 && body.length < 400) body += chunk;
      });
      res.on('end', () =>
        resolve({
          status: res.statusCode,
          ms: Number(process.hrtime.bigint() - start) / 1e6,
          body: body.slice(0, 400),
        }),
      );
      res.on('error', () => resolve({ status: 0, ms: 0 }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', error =>
      resolve({
        status: 0,
        ms: Number(process.hrtime.bigint() - start) / 1e6,
        body: String(error),
      }),
    );
  });
}

async function main() {
  const statuses = {};
  let sampleError;
  const count = r => {
    statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    if (r.status !== 200 && sampleError === undefined) sampleError = r.body;
  };
  const started = process.hrtime.bigint();
  const latencies = [];
  if (mode === 'burst') {
    const results = await Promise.all(
      Array.from({ length: concurrency }, () => once()),
    );
    for (const r of results) {
      count(r);
      latencies.push(r.ms);
    }
  } else {
    const deadline = Date.now() + durationMs;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (Date.now() < deadline) {
          const r = await once();
          count(r);
          if (r.status === 200) latencies.push(r.ms);
        }
      }),
    );
  }
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  agent.destroy();
  parentPort.postMessage({ statuses, latencies, elapsedMs, sampleError });
}

main().catch(error => parentPort.postMessage({ error: String(error) }));
