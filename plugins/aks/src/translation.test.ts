import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { knownCompliance } from './components/GitOps/compliance';
import { durationSince } from './components/describe/timeSpans';
import { aksTranslationRef } from './translation';

const messages: Record<string, string> = (
  aksTranslationRef as unknown as {
    getDefaultMessages(): Record<string, string>;
  }
).getDefaultMessages();

/** The plugin's own source, without its tests. */
function sourceText(dir: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .map(entry => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        return entry.name === '__testUtils__' ? '' : sourceText(path);
      }
      return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)
        ? readFileSync(path, 'utf8')
        : '';
    })
    .join('\n');
}

/** `a.b_one` and `a.b_other` are the one key `a.b` to the code. */
const baseKey = (key: string) =>
  key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('the AKS plugin’s messages', () => {
  it('are each used, by their key or by a key built from their prefix', () => {
    const code = sourceText(__dirname);
    const unused = [...new Set(Object.keys(messages).map(baseKey))].filter(
      key => {
        const prefix = key.slice(0, key.lastIndexOf('.'));
        return !code.includes(`'${key}'`) && !code.includes(`\`${prefix}.\${`);
      },
    );
    expect(unused).toEqual([]);
  });

  it('have a word for each compliance state and time unit built into a key', () => {
    const states = [
      'Compliant',
      'Non-Compliant',
      'Pending',
      'Suspended',
      'Unknown',
    ];
    for (const state of states) {
      expect(messages).toHaveProperty([
        `gitOps.compliance.${knownCompliance(state)}`,
      ]);
    }
    const now = Date.parse('2026-12-01T12:00:00Z');
    for (const since of [
      '2026-12-01T11:30:00Z',
      '2026-12-01T09:00:00Z',
      '2026-11-20T09:00:00Z',
    ]) {
      expect(messages).toHaveProperty([
        `time.${durationSince(since, now).unit}`,
      ]);
    }
  });

  it('close every placeholder they open', () => {
    const broken = Object.entries(messages).filter(
      ([, text]) =>
        (text.match(/\{\{/g) ?? []).length !==
        (text.match(/\}\}/g) ?? []).length,
    );
    expect(broken).toEqual([]);
  });
});
