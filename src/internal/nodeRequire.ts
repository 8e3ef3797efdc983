import type { createRequire } from 'node:module';

let cached: NodeJS.Require | null | undefined;

/**
 * Node's `require`, relative to this module, or `undefined` outside Node (a
 * browser). Taken from `process.getBuiltinModule` rather than imported, so
 * that a browser bundle of the library pulls in no Node built-in. Native and
 * CommonJS packages (nodejieba, jieba-wasm's Node build) load through it on
 * first use, never at import. `import.meta.url` exists in both Node builds
 * (tsup's shim provides it in the CommonJS one). Made once: callers ask on
 * every segmentation.
 */
export function nodeRequire(): NodeJS.Require | undefined {
  if (cached === undefined) {
    const getBuiltinModule = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule;
    cached =
      typeof getBuiltinModule === 'function'
        ? (getBuiltinModule('node:module') as { createRequire: typeof createRequire }).createRequire(import.meta.url)
        : null;
  }
  return cached ?? undefined;
}
