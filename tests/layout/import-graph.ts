// The graph of relative imports between the repository's TypeScript files, read from their source text.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');

/** `import … from './x'`, `export … from './x'`, `import './x'` and `import('./x')`, relative ones only. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
/** `import type …` and `export type …`: erased by the compiler, so they can make no circle at run time. */
const TYPE_ONLY = /^\s*(?:import|export)\s+type\s[^;]*;/gm;

function tsFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : tsFilesUnder(full);
    return /\.(ts|mts)$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

function resolveImport(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base, `${base}.ts`, path.join(base, 'index.ts')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/** Repository-relative file → the repository-relative files it imports. */
export function importGraph(topFolders: readonly string[], withTypes = true): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const folder of topFolders) {
    for (const file of tsFilesUnder(path.join(ROOT, folder))) {
      const source = readFileSync(file, 'utf8');
      const text = withTypes ? source : source.replace(TYPE_ONLY, '');
      const targets = [...text.matchAll(SPECIFIER)]
        .map((m) => resolveImport(file, m[1] as string))
        .filter((t): t is string => t !== null && t.endsWith('.ts'))
        .map((t) => path.relative(ROOT, t));
      graph.set(path.relative(ROOT, file), [...new Set(targets)]);
    }
  }
  return graph;
}

/** Every import circle, each as the files on it (first file repeated at the end); empty when none. */
export function importCircles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const circles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') circles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return circles;
}

/** The top-level folder of a repository-relative path ("src", "mail", …). */
export function topFolderOf(file: string): string {
  return file.split(path.sep)[0] as string;
}
