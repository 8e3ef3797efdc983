import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

describe('the model is loaded lazily', () => {
  // A child process on the built package, counting reads of the model file.
  function modelReads(calls: string): string {
    const script = `
      const fs = await import('node:fs');
      const read = fs.readFileSync;
      let count = 0;
      fs.default.readFileSync = (file, ...rest) => { if (String(file).includes('model.bin')) count++; return read(file, ...rest); };
      (await import('node:module')).syncBuiltinESMExports();
      const m = await import(${JSON.stringify(join(ROOT, 'dist/index.js'))});
      const reads = [];
      reads.push(count);
      ${calls}
      console.log(reads.join(','));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    return result.stdout.trim();
  }

  test('not at import, not for strip or the rules; once on the first reading that needs it', () => {
    const calls = `
      m.strip('老旧小区改造(gǎizào)'); reads.push(count);
      m.annotate('他们在银行门口排队，大家都很着急。', { polyphones: 'rules' }); reads.push(count);
      m.annotate('他们在银行门口排队，大家都很着急。'); reads.push(count);
      m.annotate('我们还要继续努力工作，争取早日完成。'); reads.push(count);`;
    expect(modelReads(calls)).toBe('0,0,0,1,1');
  });
});
