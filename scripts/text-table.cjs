// Build step: the bundle's prose (five languages of texts and interface strings) moves into one
// pair-encoded string table; each literal becomes a lookup. What the bundle reads while it loads is
// decoded at load in one pass, every other entry the first time it is read.
const acorn = require('acorn');
const vm = require('node:vm');

const esbuild = require('esbuild');

/** Shorter literals cost more as a lookup (`$T(123)`) than they save (measured: 20 is the best cut). */
const MIN_LITERAL = 20;
/** A pattern pays for `new RegExp($T[i],"iu")` from about this length. */
const MIN_PATTERN = 60;
/** Pairs coded per counting pass: fewer is closer to one at a time (measured: 10 packs best here). */
const PAIRS_PER_PASS = 10;
/** Lists (and call arguments) of this many strings or more become one entry. */
const MIN_LIST = 3;
/** Between entries, and between the items of a list entry. */
const SEPARATOR = '\x01';
const ITEM = '\x02';

/**
 * The characters that stand for pairs, cheapest first: control characters 3-31 (one byte, and legal
 * unescaped in a JavaScript string; line breaks excepted), then U+0370-U+07FF (Greek to NKo, two bytes).
 * 1 and 2 separate the strings and the items of a list. A fixed set, so the bundle need not carry it:
 * the build refuses texts that use any of them.
 */
const CODES = [
  ...[...Array(29).keys()].map((i) => i + 3).filter((c) => c !== 10 && c !== 13),
  ...[...Array(0x800 - 0x370).keys()].map((i) => i + 0x370),
]
  .map((c) => String.fromCharCode(c))
  .join('');
// eslint-disable-next-line no-control-regex -- control characters are the one-byte codes
const RESERVED = /[\x01-\x09\x0b\x0c\x0e-\x1f\u0370-\u07ff]/;

function codeCharacters(text) {
  const used = RESERVED.exec(text);
  if (used)
    throw new Error(`text table: a text uses U+${used[0].charCodeAt(0).toString(16)}, kept for codes`);
  return { separator: SEPARATOR, item: ITEM, codes: CODES };
}

/**
 * Pair encoding (byte-pair encoding on characters): the most frequent adjacent pairs, a few at a time,
 * become one code each, until the codes run out or no pair repeats. `pairs` holds two characters per
 * code, in code order; a pair only ever holds earlier codes. No pair holds the separator, so each entry
 * of `text` (entries joined by SEPARATOR) stays apart in `packed` and decodes alone.
 */
function encode(text, codes) {
  let packed = text;
  let pairs = '';
  let next = 0;
  for (let found = true; found && next < codes.length;) {
    const counts = new Map();
    for (let i = 0; i < packed.length - 1; i++) {
      if (packed[i] === SEPARATOR || packed[i + 1] === SEPARATOR) continue;
      const pair = packed[i] + packed[i + 1];
      counts.set(pair, (counts.get(pair) ?? 0) + 1);
    }
    const frequent = [...counts]
      .filter(([, n]) => n >= 3)
      .sort((a, b) => b[1] - a[1])
      .slice(0, PAIRS_PER_PASS);
    found = false;
    for (const [pair] of frequent) {
      const parts = packed.split(pair);
      if (parts.length < 4 || next >= codes.length) continue;
      packed = parts.join(codes[next++]);
      pairs += pair;
      found = true;
    }
  }
  return { packed, pairs, codes: codes.slice(0, next) };
}

/**
 * Shipped in the bundle (minified) and run once per load; returns the lookup `$T(i)`. The pairs expand
 * in code order, without a regular expression: each of a pair's two characters is an earlier code
 * (already in `expanded`) or itself; the code characters follow CODES' order. Then the entries read at
 * load (`eager`, the first ones, each followed by the separator) expand in one native `replace`, the
 * others (`lazy`, separated) one at a time when first read. No loop over the text in JavaScript and no
 * JavaScript callback: `replace` calls the table's own `Map.prototype.get`, a built-in. A fresh context
 * runs this cold, and a JavaScript callback called some 10,000 times at load grew hot enough for V8 to
 * compile it again, optimised (1-2 ms of compiling per load, measured).
 */
function decodeTable(eager, lazy, pairs) {
  var expanded = new Map(),
    look = expanded.get.bind(expanded),
    // eslint-disable-next-line no-control-regex -- the one-byte codes
    code = /[\x03-\x09\x0b\x0c\x0e-\x1f\u0370-\u07ff]/g,
    c = 3,
    i = 0,
    a,
    b,
    done,
    rest,
    first;
  for (; 2 * i < pairs.length; i++, c++) {
    if (c == 10 || c == 13) c++;
    if (c == 32) c = 880;
    a = pairs[2 * i];
    b = pairs[2 * i + 1];
    expanded.set(String.fromCharCode(c), (expanded.get(a) ?? a) + (expanded.get(b) ?? b));
  }
  // Each eager entry ends with a separator (so that none and one empty entry differ): drop the last piece.
  done = eager.replace(code, look).split('\x01');
  done.pop();
  rest = lazy.split('\x01');
  first = done.length;
  return function (i) {
    return done[i] ?? (done[i] = rest[i - first].replace(code, look));
  };
}

/** A string literal that keeps control characters raw (JSON.stringify would spell each in six bytes). */
function literal(text) {
  const escapes = {
    '"': '\\"',
    '\\': '\\\\',
    '\n': '\\n',
    '\r': '\\r',
    '\u2028': '\\u2028',
    '\u2029': '\\u2029',
  };
  return `"${text.replace(/["\\\n\r\u2028\u2029]/g, (c) => escapes[c])}"`;
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
    // Phrase lists, month names and five-language rows (`five("…", "…", …)`): three or more strings in a
    // list or as a call's arguments become one entry, split again (spread into the call).
    const call = node.type === 'CallExpression' || node.type === 'NewExpression';
    const list = node.type === 'ArrayExpression' ? node.elements : call ? node.arguments : [];
    if (
      list.length >= MIN_LIST &&
      list.every((e) => e && e.type === 'Literal' && typeof e.value === 'string')
    ) {
      const [first, last] = [list[0], list[list.length - 1]];
      const range = call
        ? { start: first.start, end: last.end, spread: true }
        : { start: node.start, end: node.end };
      found.push({ ...range, items: list.map((e) => e.value) });
      if (call) visit(node.callee, node);
      return;
    }
    // Long patterns (phrase alternations) too, rebuilt by the RegExp constructor from their source.
    if (node.type === 'Literal' && node.regex && node.end - node.start >= MIN_PATTERN) {
      found.push({ start: node.start, end: node.end, text: node.regex.pattern, flags: node.regex.flags });
    } else if (node.type === 'Literal' && typeof node.value === 'string' && !keyOfParent && !directive) {
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

/** Identifiers the bundle never uses: the table, then its list reader. */
function freeNames(code) {
  const names = ['$', '$t', '$T', '$x', '$q', '$z', '$L', '$l'].filter(
    (n) => !new RegExp(`(^|[^\\w$])\\${n}([^\\w$]|$)`).test(code),
  );
  if (names.length < 2) throw new Error('text table: no free identifier');
  return names.slice(0, 2);
}

/**
 * `code` with each prose node replaced by its lookup: `$T(i)` (`${$T(i)}` inside templates), `$L(i)` for a
 * list (`...$L(i)` as call arguments), `new RegExp($T(i),flags)` for a pattern.
 */
function withLookups(code, nodes, index, [table, list]) {
  let out = '';
  let at = 0;
  for (const node of nodes) {
    const i = index.get(node.text);
    // Minified code writes `return"…"` and `case"…"`: a lookup there needs a space, or it would read as
    // the identifier `return$T`.
    const glue = !node.template && /[\w$]/.test(code[node.start - 1] ?? '') ? ' ' : '';
    const value = node.items
      ? `${node.spread ? '...' : ''}${list}(${i})`
      : node.flags !== undefined
        ? `new RegExp(${table}(${i}),${JSON.stringify(node.flags)})`
        : `${table}(${i})`;
    out += code.slice(at, node.start) + (node.template ? `\${${table}(${i})}` : glue + value);
    at = node.end;
  }
  return out + code.slice(at);
}

/** The list reader: a list entry is its items joined by ITEM; each read gives a new array, as a literal did. */
const listReader = ([table, list]) => `${list}=i=>${table}(i).split(${literal(ITEM)})`;

/**
 * The entries the program reads while it loads: the program runs once in an empty context (as the build's
 * own check does) with a lookup that notes each read.
 */
function readAtLoad(program, strings, names) {
  const read = new Set();
  const context = vm.createContext({ __read: (i) => (read.add(i), strings[i]) });
  vm.runInContext(`var ${names[0]}=__read,${listReader(names)};\n${program}`, context);
  return read;
}

/**
 * `code` with its prose in a compressed table: `var $T=decode(…),$L=…` first, a lookup in place of each
 * literal. The entries read at load come first, decoded at load; the others wait for their first read.
 * Returns the code and figures for the build's report.
 */
function packTexts(code) {
  const nodes = proseNodes(code);
  const { separator, item, codes } = codeCharacters(nodes.map((n) => n.text ?? n.items.join('')).join(''));
  for (const node of nodes) if (node.items) node.text = node.items.join(item);
  const names = freeNames(code);
  const found = [...new Set(nodes.map((n) => n.text))];
  const atLoad = readAtLoad(
    withLookups(code, nodes, new Map(found.map((s, i) => [s, i])), names),
    found,
    names,
  );
  const strings = [...found.filter((_, i) => atLoad.has(i)), ...found.filter((_, i) => !atLoad.has(i))];
  const encoded = encode(strings.join(separator), codes);
  const entries = encoded.packed.split(separator);
  const eager = entries
    .slice(0, atLoad.size)
    .map((e) => e + separator)
    .join('');
  const lazy = entries.slice(atLoad.size).join(separator);
  const lookup = decodeTable(eager, lazy, encoded.pairs);
  if (entries.length !== strings.length || strings.some((s, i) => lookup(i) !== s))
    throw new Error('text table: the decoded table differs from the bundle’s strings');
  const out = withLookups(code, nodes, new Map(strings.map((s, i) => [s, i])), names);
  const args = [eager, lazy, encoded.pairs].map(literal).join(',');
  const header = `var ${names[0]}=(${DECODER})(${args}),${listReader(names)};\n`;
  return { code: header + out, strings: strings.length, atLoad: atLoad.size, literals: nodes.length };
}

module.exports = { packTexts, encode, decodeTable, codeCharacters, literal, proseNodes };
