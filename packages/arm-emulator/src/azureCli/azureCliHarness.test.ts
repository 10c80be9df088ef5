import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeWithAzureCli, findAzureCli } from './azureCliHarness';

describe('the Azure CLI harness without az', () => {
  const saved = { PATH: process.env.PATH, CI: process.env.CI };
  let emptyDir: string;
  beforeEach(() => {
    emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'no-az-'));
    process.env.PATH = emptyDir;
  });
  afterEach(() => {
    process.env.PATH = saved.PATH;
    if (saved.CI === undefined) delete process.env.CI;
    else process.env.CI = saved.CI;
    fs.rmSync(emptyDir, { recursive: true, force: true });
  });

  it('finds no az', () => {
    expect(findAzureCli()).toBeUndefined();
  });

  it('skips the suite outside CI, saying why', () => {
    delete process.env.CI;
    const stderr = jest.spyOn(process.stderr, 'write').mockReturnValue(true);
    try {
      expect(describeWithAzureCli('Azure CLI test')).toBe(describe.skip);
      expect(stderr).toHaveBeenCalledWith(
        expect.stringMatching(/^Skipping Azure CLI test: no `az` on PATH/),
      );
    } finally {
      stderr.mockRestore();
    }
  });

  it('fails under CI', () => {
    process.env.CI = 'true';
    expect(() => describeWithAzureCli('Azure CLI test')).toThrow(
      /Azure CLI test cannot run in CI: no `az` on PATH/,
    );
  });

  it('finds an az that is there', () => {
    const az = path.join(emptyDir, 'az');
    fs.writeFileSync(az, '#!/bin/sh\n', { mode: 0o755 });
    expect(findAzureCli()).toBe(az);
  });
});
