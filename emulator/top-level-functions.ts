// Names declared by top-level `function` declarations, the only ones Apps Script lets a manifest call.
import * as ts from 'typescript';

export function topLevelFunctionNames(code: string): string[] {
  const file = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2022, false, ts.ScriptKind.JS);
  const names: string[] = [];
  for (const statement of file.statements) {
    if (ts.isFunctionDeclaration(statement) && statement.name) names.push(statement.name.text);
  }
  return names;
}
