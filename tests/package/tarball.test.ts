import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

// The packed package installed as a user would where install scripts cannot
// run (`npm install --ignore-scripts`: an unanswered npx prompt, no compiler,
// a locked-down CI): nodejieba's native addon is never built, and annotate
// works through jieba-wasm. Packages come from npm's cache when it has them
// (--prefer-offline), else from the registry.
const ROOT = resolve(import.meta.dirname, '../..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pinyin-gloss-tarball-'));
  execFileSync(NPM, ['pack', '--silent', '--pack-destination', dir], { cwd: ROOT, stdio: 'pipe' });
  const tarball = readdirSync(dir).find((file) => file.endsWith('.tgz'))!;
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'tarball-check', private: true, type: 'module' }));
  execFileSync(NPM, ['install', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', `./${tarball}`], {
    cwd: dir,
    stdio: 'pipe',
  });
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: readonly string[], input = '') {
  const result = spawnSync(process.execPath, args, { cwd: dir, input, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm install --ignore-scripts of the packed package', () => {
  test('annotate and segment work through jieba-wasm; nodejieba, asked for, says how to build it', () => {
    const script = `
      import { annotate, segment } from 'pinyin-gloss';
      let native;
      try { segment('银行', { segmenter: 'nodejieba' }); } catch (error) { native = error.code; }
      console.log(JSON.stringify({ annotated: annotate('行长走进银行'), tokens: segment('南京市长江大桥').map((t) => t.text), native }));`;
    const result = run(['--input-type=module', '-e', script]);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      annotated: '行长(hángzhǎng)走进(zǒujìn)银行(yínháng)',
      tokens: ['南京市', '长江大桥'],
      native: 'SEGMENTER_LOAD_FAILED',
    });
  });

  test('the CLI annotates, saying once that it segments with jieba-wasm', () => {
    const result = run([join(dir, 'node_modules/pinyin-gloss/dist/cli/index.js'), 'annotate'], '老旧小区改造\n');
    expect(result.stdout).toBe('老旧(lǎojiù)小区(xiǎoqū)改造(gǎizào)\n');
    expect(result.stderr).toMatch(/^pinyin-gloss: nodejieba could not load, segmenting with jieba-wasm instead \([^\n]*\)\n$/);
    expect(result.status).toBe(0);
  });
});
