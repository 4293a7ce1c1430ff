// Node-only measurement (npx tsx tests/core/language/measure-detection.ts): accuracy of the purpose-built
// detector and of franc-min on the test replies, and each one's minified bundle size with esbuild.
import { buildSync } from 'esbuild';
import { franc } from 'franc-min';
import { detectLanguage } from '../../../src/core/language/detect-language';
import type { Language } from '../../../src/core/types';
import { REPLIES } from './replies';

const ISO3: Readonly<Record<string, Language>> = { ita: 'it', eng: 'en', spa: 'es', fra: 'fr', deu: 'de' };
const ONLY = Object.keys(ISO3);

function accuracy(detect: (text: string) => Language | null): {
  right: number;
  unsure: number;
  total: number;
} {
  let right = 0;
  let unsure = 0;
  let total = 0;
  for (const [language, replies] of Object.entries(REPLIES)) {
    for (const reply of replies) {
      const guess = detect(reply);
      total += 1;
      if (guess === language) right += 1;
      else if (guess === null) unsure += 1;
    }
  }
  return { right, unsure, total };
}

function bundleBytes(contents: string): number {
  const out = buildSync({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
  });
  return out.outputFiles[0]?.contents.length ?? 0;
}

const francDetect = (text: string): Language | null => ISO3[franc(text, { only: ONLY })] ?? null;
const own = accuracy(detectLanguage);
const theirs = accuracy(francDetect);
const ownBytes = bundleBytes(
  "import { detectLanguage } from './src/core/language/detect-language'; (globalThis as any).d = detectLanguage;",
);
const francBytes = bundleBytes("import { franc } from 'franc-min'; (globalThis as any).d = franc;");
console.log(
  `purpose-built: ${own.right}/${own.total} right, ${own.unsure} unsure, ${ownBytes} bytes minified`,
);
console.log(
  `franc-min:     ${theirs.right}/${theirs.total} right, ${theirs.unsure} unsure, ${francBytes} bytes minified`,
);
for (const [language, replies] of Object.entries(REPLIES)) {
  for (const reply of replies) {
    const guess = detectLanguage(reply);
    if (guess !== language) console.log(`  ${language} → ${guess}: ${reply}`);
  }
}
