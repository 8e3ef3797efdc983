import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { describe, expect, test } from 'vitest';

// The browser build (dist/browser.js, `npm test` builds it first), bundled
// for a browser as a page's bundler would: esbuild, platform 'browser',
// through the package's own `pinyin-gloss/browser` export.
const root = resolve(import.meta.dirname, '../..');

/** Records every import of a Node built-in instead of letting the build resolve it. */
function nodeBuiltins(found: string[]): Plugin {
  const names = new Set(builtinModules);
  return {
    name: 'node-builtins',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /.*/ }, (args) => {
        const bare = args.path.replace(/^node:/, '').split('/')[0]!;
        if (args.path.startsWith('node:') || names.has(bare)) {
          found.push(`${args.path} (imported by ${args.importer.replace(root, '.')})`);
          return { path: args.path, external: true };
        }
        return undefined;
      });
    },
  };
}

async function bundle(code: string) {
  const builtins: string[] = [];
  const result = await build({
    stdin: { contents: code, resolveDir: root, sourcefile: 'page.js' },
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    charset: 'utf8',
    metafile: true,
    logLevel: 'silent',
    plugins: [nodeBuiltins(builtins)],
  });
  // The source files that put code into the bundle (a module esbuild reads but
  // tree-shakes away entirely puts in nothing).
  const output = Object.values(result.metafile.outputs)[0]!;
  const inputs = Object.entries(output.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([path]) => path);
  return { builtins, bytes: result.outputFiles[0]!.contents.length, inputs };
}

describe('pinyin-gloss/browser bundled for a browser', () => {
  test('strip, findGlosses and reannotate pull in no Node built-in, and not the tables only annotate needs', async () => {
    const stripOnly = await bundle(`import { strip } from 'pinyin-gloss/browser'; console.log(strip('改造(gǎizào)'));`);
    const glosses = await bundle(
      `import { strip, findGlosses, reannotate } from 'pinyin-gloss/browser'; console.log(strip('x'), findGlosses('x'), reannotate('x'));`,
    );
    const everything = await bundle(
      `import { init, annotate, annotateTokens, annotateHtml, segment, createAnnotator } from 'pinyin-gloss/browser';
       await init(); console.log(annotate('x'), annotateTokens('x'), annotateHtml('x'), segment('x'), createAnnotator());`,
    );
    expect(stripOnly.builtins).toEqual([]);
    expect(glosses.builtins).toEqual([]);
    expect(everything.builtins).toEqual([]);
    // jieba-wasm's web build comes in only with init(), and its WebAssembly is
    // a separate file (fetched by init()), never part of the JavaScript.
    expect(stripOnly.inputs.some((input) => input.includes('jieba-wasm'))).toBe(false);
    expect(everything.inputs).toContain('node_modules/jieba-wasm/pkg/web/jieba_rs_wasm.js');
    // strip needs the character readings, not the word list that annotate reads with.
    expect(stripOnly.bytes).toBeLessThan(everything.bytes / 3);
  }, 60_000);

  test('the Node entry, bundled the same way, would pull in Node built-ins: the check sees them', async () => {
    const node = await bundle(`import { createStripStream } from ${JSON.stringify(join(root, 'dist/index.js'))}; console.log(createStripStream);`);
    expect(node.builtins.some((found) => /^(node:)?stream /.test(found))).toBe(true);
  }, 60_000);
});
