import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

/**
 * The layers of src/, lowest first: this list is the one place the order is
 * declared. A unit is a folder of src/ (its subfolders included) or a file at
 * the top of src/. A unit may import its own files and units of lower layers
 * only, never a unit of its own layer or of a higher one, so no import cycle
 * between units can exist.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['data'], // generated tables, importing nothing
  ['errors.ts', 'types.ts'], // the public error class and types
  ['gloss'], // the written notation: gloss grammar, tone marks, formatting
  ['internal'], // helpers: option checks, decoding, the piece-cutting policy
  ['hanzi'], // characters: the reading form (traditional → simplified), function characters
  ['segment'], // words: jieba, user words, names
  ['pinyin'], // readings: tables, context rules, the polyphone model
  ['learn'], // HSK levels, meanings
  ['strip'], // parse glosses in text and remove them
  ['annotate'], // add glosses
  ['find'], // findGlosses, reannotate: read existing glosses back with the reading engine
  ['html', 'stream', 'corpus'], // whole documents, streams, corpus runs
  ['cli', 'browser'], // the command line, the browser build's init
  ['index.ts', 'browser.ts'], // the package entry points
];

const SRC = resolve(import.meta.dirname, '../../src');

/** A unit's name: its top folder under src/, or its file name at the top. */
function unitOf(file: string): string {
  return relative(SRC, file).split(sep)[0]!;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

interface Import {
  readonly from: string; // file, relative to src/
  readonly to: string; // file, relative to src/
  readonly fromUnit: string;
  readonly toUnit: string;
}

/** Every relative import (static, `export … from`, `import type`, dynamic `import()`) between units of src/. */
function importsBetweenUnits(): Import[] {
  const imports: Import[] = [];
  for (const file of sourceFiles(SRC)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue; // a package
      const target = resolve(dirname(file), fileName);
      if (!target.startsWith(SRC + sep)) continue; // package.json, read by the CLI for its version
      const fromUnit = unitOf(file);
      const toUnit = unitOf(target);
      if (fromUnit !== toUnit) imports.push({ from: relative(SRC, file), to: relative(SRC, target), fromUnit, toUnit });
    }
  }
  return imports;
}

/** The imports that break the layer order, described for a failure message. */
function layerViolations(imports: readonly Import[], layers: readonly (readonly string[])[]): string[] {
  const layerOf = new Map(layers.flatMap((units, layer) => units.map((unit) => [unit, layer] as const)));
  const violations: string[] = [];
  for (const { from, to, fromUnit, toUnit } of imports) {
    const fromLayer = layerOf.get(fromUnit);
    const toLayer = layerOf.get(toUnit);
    if (fromLayer === undefined || toLayer === undefined) continue; // reported by the "every unit is declared" test
    if (toLayer > fromLayer) violations.push(`${from} imports ${to}: ${toUnit} is a higher layer than ${fromUnit}`);
    else if (toLayer === fromLayer) violations.push(`${from} imports ${to}: ${toUnit} and ${fromUnit} are the same layer`);
  }
  return violations;
}

/** Cycles in the graph of units (each as `a → b → a`), found by depth-first search. */
function unitCycles(imports: readonly Import[]): string[] {
  const edges = new Map<string, Set<string>>();
  for (const { fromUnit, toUnit } of imports) {
    if (!edges.has(fromUnit)) edges.set(fromUnit, new Set());
    edges.get(fromUnit)!.add(toUnit);
  }
  const cycles: string[] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (unit: string): void => {
    const onPath = path.indexOf(unit);
    if (onPath !== -1) {
      cycles.push([...path.slice(onPath), unit].join(' → '));
      return;
    }
    if (done.has(unit)) return;
    path.push(unit);
    for (const next of edges.get(unit) ?? []) visit(next);
    path.pop();
    done.add(unit);
  };
  for (const unit of [...edges.keys()].sort()) visit(unit);
  return cycles;
}

const edge = (fromUnit: string, toUnit: string): Import => ({
  from: `${fromUnit}/a.ts`,
  to: `${toUnit}/b.ts`,
  fromUnit,
  toUnit,
});

describe('layers of src/', () => {
  const imports = importsBetweenUnits();

  test('every folder and top file of src/ is declared in exactly one layer, and every declared unit exists', () => {
    const declared = LAYERS.flat();
    expect(new Set(declared).size).toBe(declared.length);
    const present = [...new Set(sourceFiles(SRC).map(unitOf))].sort();
    expect(present).toEqual([...declared].sort());
  });

  test('no unit imports from its own layer or a higher one', () => {
    expect(imports.length).toBeGreaterThan(50); // the parse found the imports
    expect(layerViolations(imports, LAYERS)).toEqual([]);
  });

  test('no import cycle between units', () => {
    expect(unitCycles(imports)).toEqual([]);
  });

  test('the checks catch an upward import, an import within a layer, and a cycle', () => {
    const layers = [['low'], ['mid', 'side'], ['high']];
    expect(layerViolations([edge('high', 'low'), edge('mid', 'low')], layers)).toEqual([]);
    expect(layerViolations([edge('low', 'high')], layers)).toEqual([
      'low/a.ts imports high/b.ts: high is a higher layer than low',
    ]);
    expect(layerViolations([edge('mid', 'side')], layers)).toEqual([
      'mid/a.ts imports side/b.ts: side and mid are the same layer',
    ]);
    expect(unitCycles([edge('low', 'mid'), edge('mid', 'high'), edge('high', 'low')])).toEqual(['high → low → mid → high']);
    expect(unitCycles([edge('high', 'mid'), edge('mid', 'low')])).toEqual([]);
  });
});
