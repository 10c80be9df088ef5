// `npm run bench`: every package's benchmark, one JSON line per figure on
// stdout; the figures also go to bench-results.jsonl and, with --readme, into
// the README's performance table, so the table is never typed by hand.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import prettier from 'prettier';

const WORKSPACES = ['@aks-backstage/plugin-aks-backend', 'app'];
const README = 'README.md';
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

function runBench(workspace) {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', '-w', workspace, 'bench'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const lines = [];
    let rest = '';
    child.stdout.on('data', chunk => {
      process.stdout.write(chunk);
      const text = rest + chunk;
      const parts = text.split('\n');
      rest = parts.pop();
      lines.push(...parts.filter(Boolean).map(line => JSON.parse(line)));
    });
    child.once('exit', code =>
      code === 0
        ? resolve(lines)
        : reject(new Error(`${workspace} bench exited with ${code}`)),
    );
  });
}

function table(figures) {
  const rows = new Map();
  for (const { name, value, unit, target } of figures) {
    const variant = /\.(cached|uncached)$/.exec(name)?.[1];
    const key = variant ? name.slice(0, -variant.length - 1) : name;
    const row = rows.get(key) ?? {
      target,
      unit,
      cached: '',
      uncached: '',
      value: '',
    };
    row[variant ?? 'value'] = `${value} ${unit}`;
    row.target = row.target ?? target;
    rows.set(key, row);
  }
  const out = [
    '| figure | target | measured | caching off |',
    '| --- | --- | --- | --- |',
  ];
  for (const [key, row] of rows) {
    out.push(
      `| \`${key}\` | ${row.target ?? ''} | ${row.cached || row.value} | ${
        row.uncached
      } |`,
    );
  }
  return out.join('\n');
}

const figures = [];
for (const workspace of WORKSPACES)
  figures.push(...(await runBench(workspace)));
writeFileSync(
  'bench-results.jsonl',
  figures.map(f => JSON.stringify(f)).join('\n') + '\n',
);
if (process.argv.includes('--readme')) {
  const readme = readFileSync(README, 'utf8');
  const [before, after] = [readme.split(START)[0], readme.split(END)[1]];
  const options = await prettier.resolveConfig(README);
  writeFileSync(
    README,
    await prettier.format(
      `${before}${START}\n\n${table(figures)}\n\n${END}${after}`,
      { ...options, filepath: README },
    ),
  );
  console.error(`Wrote ${figures.length} figures into ${README}`);
}
