import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { eachMapping, TraceMap } from '@jridgewell/trace-mapping';

/**
 * Bytes of the built app that come from the given sources, read from the
 * bundle's source maps: every mapped segment of a chunk is attributed to the
 * source it was built from.
 */
export function attributeBundle(
  staticDir: string,
  isOurs: (source: string) => boolean,
) {
  let total = 0;
  let totalGzip = 0;
  const ours: string[] = [];
  for (const file of readdirSync(staticDir).filter(f => f.endsWith('.js'))) {
    const code = readFileSync(join(staticDir, file), 'utf8');
    total += Buffer.byteLength(code);
    totalGzip += gzipSync(code).length;
    const mapFile = join(staticDir, `${file}.map`);
    if (!existsSync(mapFile)) continue; // a tiny runtime chunk without a map
    const map = new TraceMap(readFileSync(mapFile, 'utf8'));
    const lines = code.split('\n');
    const segments: Array<{ line: number; column: number; ours: boolean }> = [];
    eachMapping(map, m =>
      segments.push({
        line: m.generatedLine,
        column: m.generatedColumn,
        ours: !!m.source && isOurs(m.source),
      }),
    );
    segments.forEach((segment, i) => {
      if (!segment.ours) return;
      const next = segments[i + 1];
      const text = lines[segment.line - 1] ?? '';
      const end =
        next && next.line === segment.line ? next.column : text.length;
      ours.push(text.slice(segment.column, end));
    });
  }
  const oursText = ours.join('');
  return {
    totalBytes: total,
    totalGzipBytes: totalGzip,
    oursBytes: Buffer.byteLength(oursText),
    oursGzipBytes: gzipSync(oursText).length,
  };
}
