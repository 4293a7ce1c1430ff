// Build step: the bundle's prose (five languages of texts and interface strings) moves into one
// pair-encoded string table, decoded once when the file loads; each literal becomes a table lookup.
const acorn = require('acorn');

const esbuild = require('esbuild');

/**
 * Codes for pairs: U+0370-U+07FF (Greek to NKo), two bytes in UTF-8 and never written in the five
 * languages' texts (the build refuses texts that use them).
 */
const FIRST_CODE = 0x370;
const LAST_CODE = 0x7ff;
const CODE = /[\u0370-\u07ff]/;
/** Shorter literals cost more as a lookup (`$t[123]`) than they save (measured: 20 is the best cut). */
const MIN_LITERAL = 20;

/**
 * Pair encoding (byte-pair encoding on characters): the most frequent adjacent pairs, a few at a time,
 * become one code each, until the codes run out or no pair repeats. Returns the packed text and the
 * pairs, two characters per code (a pair may hold earlier codes).
 */
function encode(text) {
  if (CODE.test(text)) throw new Error('text table: a text uses a character of the code range U+0370-U+07FF');
  let packed = text;
  let pairs = '';
  let next = FIRST_CODE;
  for (let found = true; found && next <= LAST_CODE;) {
    const counts = new Map();
    for (let i = 0; i < packed.length - 1; i++) {
      const pair = packed[i] + packed[i + 1];
      counts.set(pair, (counts.get(pair) ?? 0) + 1);
    }
    const frequent = [...counts]
      .filter(([, n]) => n >= 3)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 16);
    found = false;
    for (const [pair] of frequent) {
      const parts = packed.split(pair);
      if (parts.length < 4 || next > LAST_CODE) continue;
      packed = parts.join(String.fromCharCode(next++));
      pairs += pair;
      found = true;
    }
  }
  return { packed, pairs };
}

/**
 * Shipped in the bundle (minified) and run once per load: every code expands to its pair, recursively
 * and memoised, in one native `replace`. No loop over characters in JavaScript: a fresh context runs
 * this cold, so the work is left to the regular-expression engine.
 */
function decodeTable(packed, pairs, separator, first) {
  var expanded = [];
  function expand(code) {
    var k = code.charCodeAt(0) - first;
    return expanded[k] || (expanded[k] = pairs.slice(2 * k, 2 * k + 2).replace(/[\u0370-\u07ff]/g, expand));
  }
  return packed.replace(/[\u0370-\u07ff]/g, expand).split(separator);
}

// Minified apart: the bundle is already minified when the table is made. (An assignment, so the
// minifier cannot drop the function as an unused expression.)
const DECODER = esbuild
  .transformSync(`globalThis.decode=${decodeTable.toString()}`, { minify: true, target: 'es2020' })
  .code.trim()
  .replace(/^globalThis\.decode=/, '')
  .replace(/;$/, '');
if (!DECODER.startsWith('function')) throw new Error('text table: the decoder did not minify as expected');

/** String literals and untagged template parts of the program, with what may not be replaced left out. */
function proseNodes(code) {
  const found = [];
  const visit = (node, parent) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression') return;
    const keyOfParent =
      parent &&
      ['Property', 'MethodDefinition', 'PropertyDefinition'].includes(parent.type) &&
      parent.key === node &&
      !parent.computed;
    const directive = parent && parent.type === 'ExpressionStatement';
    if (node.type === 'Literal' && typeof node.value === 'string' && !keyOfParent && !directive) {
      if (node.value.length >= MIN_LITERAL)
        found.push({ start: node.start, end: node.end, text: node.value, template: false });
    } else if (
      node.type === 'TemplateElement' &&
      node.value.cooked !== null &&
      node.value.cooked.length >= MIN_LITERAL
    ) {
      found.push({ start: node.start, end: node.end, text: node.value.cooked, template: true });
    }
    for (const key of Object.keys(node)) {
      const child = node[key];
      if (Array.isArray(child)) child.forEach((c) => visit(c, node));
      else if (child && typeof child.type === 'string') visit(child, node);
    }
  };
  visit(acorn.parse(code, { ecmaVersion: 2022 }), null);
  return found.sort((a, b) => a.start - b.start);
}

/** A character absent from every string, from a list of cheap ones. */
function unusedChar(strings, taken) {
  const all = strings.join('');
  const free = [...'|~^`#@%{}'].find((c) => !all.includes(c) && !taken.includes(c));
  if (!free) throw new Error('text table: no free separator character');
  return free;
}

/** An identifier the bundle never uses, for the table. */
function freeName(code) {
  const name = ['$', '$t', '$T', '$x', '$q', '$z'].find(
    (n) => !new RegExp(`(^|[^\\w$])\\${n}([^\\w$]|$)`).test(code),
  );
  if (!name) throw new Error('text table: no free identifier');
  return name;
}

/**
 * `code` with its prose in a compressed table: `var $t=decode("…")` first, `$t[i]` in place of each literal
 * (`${$t[i]}` inside templates). Returns the code and figures for the build's report.
 */
function packTexts(code) {
  const nodes = proseNodes(code);
  const strings = [...new Set(nodes.map((n) => n.text))];
  const index = new Map(strings.map((s, i) => [s, i]));
  const separator = unusedChar(strings, '');
  const name = freeName(code);
  const { packed, pairs } = encode(strings.join(separator));
  const table = decodeTable(packed, pairs, separator, FIRST_CODE);
  if (table.length !== strings.length || table.some((s, i) => s !== strings[i]))
    throw new Error('text table: the decoded table differs from the bundle’s strings');
  let out = '';
  let at = 0;
  for (const node of nodes) {
    const ref = `${name}[${index.get(node.text)}]`;
    // Minified code writes `return"…"` and `case"…"`: a lookup there needs a space, or it would read as
    // the identifier `return$t`.
    const glue = !node.template && /[\w$]/.test(code[node.start - 1] ?? '') ? ' ' : '';
    out += code.slice(at, node.start) + (node.template ? `\${${ref}}` : glue + ref);
    at = node.end;
  }
  out += code.slice(at);
  const args = [packed, pairs, separator, FIRST_CODE].map((a) => JSON.stringify(a)).join(',');
  const header = `var ${name}=(${DECODER})(${args});\n`;
  return { code: header + out, strings: strings.length, literals: nodes.length };
}

module.exports = { packTexts, encode, decodeTable, proseNodes, FIRST_CODE };
