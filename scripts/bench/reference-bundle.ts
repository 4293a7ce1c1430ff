// A reference script of plain functions, exactly as long as the bundle, so cold load reads as a ratio.

/** One small function: arithmetic and a branch, the shape of minified application code. */
function plainFunction(i: number): string {
  return `function f${i}(a,b){var c=a*${(i % 89) + 2}+b|0;if(c>${i})return c^c>>>3;return[a,b,"k${i}"].join("-")}`;
}

/**
 * An IIFE like esbuild's output that exports every function (so none is dead code), padded with a
 * comment to exactly `bytes` bytes. ASCII only, so characters are bytes.
 */
export function referenceBundle(bytes: number): string {
  const head = 'var Reference=(()=>{';
  const tail = 'return __all})();\n';
  const functions: string[] = [];
  const names: string[] = [];
  // Each function costs its text plus its name and a comma in the export list.
  let length = head.length + 'var __all=[];'.length + tail.length;
  for (let i = 0; ; i += 1) {
    const fn = plainFunction(i);
    const cost = fn.length + `f${i},`.length;
    if (length + cost + 4 > bytes) break;
    functions.push(fn);
    names.push(`f${i}`);
    length += cost;
  }
  const code = `${head}${functions.join('')}var __all=[${names.join(',')}];${tail}`;
  const pad = bytes - code.length - 4;
  return pad >= 0 ? `${code}/*${'x'.repeat(pad)}*/` : code;
}
