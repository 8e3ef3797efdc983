import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

// nodejieba installed without its native addon (as `npm i --ignore-scripts`
// leaves it): a throwaway install where node_modules holds links to this
// project's packages, except nodejieba, copied without build/. Node runs with
// --preserve-symlinks so that packages resolve from the throwaway tree.
// Uses the built package (dist/, `npx tsup`). tests/segment/loadJieba.test.ts
// covers the wrapping with a fake loader; this is the real failure, end to end.

const ROOT = join(import.meta.dirname, '../..');
let install: string;
let pkg: string;

beforeAll(() => {
  install = mkdtempSync(join(tmpdir(), 'pinyin-gloss-nobinding-'));
  const modules = join(install, 'node_modules');
  mkdirSync(modules);
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name === 'nodejieba' || name.startsWith('.')) continue;
    symlinkSync(join(ROOT, 'node_modules', name), join(modules, name));
  }
  const jieba = join(modules, 'nodejieba');
  mkdirSync(jieba);
  copyFileSync(join(ROOT, 'node_modules/nodejieba/package.json'), join(jieba, 'package.json'));
  copyFileSync(join(ROOT, 'node_modules/nodejieba/index.js'), join(jieba, 'index.js'));
  cpSync(join(ROOT, 'node_modules/nodejieba/lib'), join(jieba, 'lib'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules/nodejieba/submodules'), join(jieba, 'submodules'));
  pkg = join(modules, 'pinyin-gloss');
  mkdirSync(pkg);
  copyFileSync(join(ROOT, 'package.json'), join(pkg, 'package.json'));
  symlinkSync(join(ROOT, 'dist'), join(pkg, 'dist'));
  symlinkSync(join(ROOT, 'data'), join(pkg, 'data'));
});
afterAll(() => rmSync(install, { recursive: true, force: true }));

function run(args: readonly string[], input = '') {
  const result = spawnSync(process.execPath, ['--preserve-symlinks', '--preserve-symlinks-main', ...args], {
    cwd: install,
    input,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('nodejieba without its native binding', () => {
  test("'auto' segments with jieba-wasm, silently; segmenter: 'nodejieba' fails with SEGMENTER_LOAD_FAILED saying how to fix the install; strip works", () => {
    const script = `
      import { segment, annotate, strip, findGlosses, reannotate, createStripStream, PinyinGlossError } from 'pinyin-gloss';
      const attempt = (fn) => { try { fn(); return undefined; } catch (error) { return error; } };
      const first = attempt(() => segment('银行行长', { segmenter: 'nodejieba' }));
      const again = attempt(() => segment('银行行长', { segmenter: 'nodejieba' }));
      const viaAnnotate = attempt(() => annotate('银行行长', { segmenter: 'nodejieba' }));
      const text = '老旧小区改造(gǎizào)，我们赢得(yíngde)比赛';
      const chunks = [];
      const stream = createStripStream();
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.end(Buffer.from(text));
      await new Promise((resolve) => stream.on('end', resolve));
      console.log(JSON.stringify({
        isClass: first instanceof PinyinGlossError,
        code: first?.code,
        message: first?.message,
        causeCode: first?.cause?.code,
        sameError: again === first,
        annotateCode: viaAnnotate?.code,
        auto: annotate('行长走进银行'),
        autoTokens: segment('南京市长江大桥').map((token) => token.text),
        rare: annotate('我们相邻', { select: 'rare' }),
        strip: strip(text),
        stream: Buffer.concat(chunks).toString(),
        found: findGlosses(text).map((g) => g.word + ':' + g.agrees),
        ruby: reannotate('改造(gai3zao4)', { output: 'ruby' }),
      }));`;
    const result = run(['--input-type=module', '-e', script]);
    expect(result.stderr).toBe('');
    const out = JSON.parse(result.stdout);
    expect(out).toMatchObject({
      isClass: true,
      code: 'SEGMENTER_LOAD_FAILED',
      causeCode: 'BINDING_NOT_FOUND',
      sameError: true,
      annotateCode: 'SEGMENTER_LOAD_FAILED',
      auto: '行长(hángzhǎng)走进(zǒujìn)银行(yínháng)',
      autoTokens: ['南京市', '长江大桥'],
      // 'rare' reads nodejieba's dictionary file, which is there without the addon.
      rare: '我们相邻(xiānglín)',
      strip: '老旧小区改造，我们赢得比赛',
      stream: '老旧小区改造，我们赢得比赛',
      found: ['改造:true', '赢得:false'],
      ruby: '<ruby>改造<rt>gǎizào</rt></ruby>',
    });
    expect(out.message).toContain('nodejieba native binding was not found');
    expect(out.message).toContain('try reinstalling without --ignore-scripts');
    expect(out.message).toContain('npm rebuild nodejieba');
    expect(out.message).toContain("segmenter: 'wasm'");
  });

  test('the CommonJS build says the same', () => {
    const script = `
      const { segment } = require('pinyin-gloss');
      try { segment('银行', { segmenter: 'nodejieba' }); } catch (error) { console.log(error.code + ' ' + error.cause.code); }
      console.log(segment('老旧小区改造').length);`;
    const result = run(['-e', script]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('SEGMENTER_LOAD_FAILED BINDING_NOT_FOUND\n3\n');
  });

  test('CLI: strip works; annotate falls back to wasm saying so once on stderr; --segmenter nodejieba fails with one line saying how to fix it', () => {
    const cli = join(pkg, 'dist/cli/index.js');
    const stripped = run([cli, 'strip'], '老旧小区改造(gǎizào)\n');
    expect(stripped).toEqual({ status: 0, stdout: '老旧小区改造\n', stderr: '' });
    const annotated = run([cli, 'annotate'], '老旧小区改造\n行长走进银行\n');
    expect(annotated.stdout).toBe('老旧(lǎojiù)小区(xiǎoqū)改造(gǎizào)\n行长(hángzhǎng)走进(zǒujìn)银行(yínháng)\n');
    expect(annotated.stderr).toMatch(/^pinyin-gloss: nodejieba could not load, segmenting with jieba-wasm instead \(Cannot find module [^\n]*nodejieba.node[^\n]*\)\n$/);
    expect(annotated.status).toBe(0);
    const chosen = run([cli, 'annotate', '--segmenter', 'wasm'], '改造\n');
    expect(chosen).toEqual({ status: 0, stdout: '改造(gǎizào)\n', stderr: '' });
    const native = run([cli, 'annotate', '--segmenter', 'nodejieba'], '老旧小区改造\n');
    expect(native.stdout).toBe('');
    expect(native.stderr).toMatch(/^pinyin-gloss: Could not load the nodejieba segmenter [^\n]*npm rebuild nodejieba[^\n]*\n$/);
    expect(native.status).toBe(1);
  });
});
