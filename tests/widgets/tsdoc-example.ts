import { readFileSync } from 'node:fs';

/**
 * The result a TSDoc `@example` documents for `call` in a source file: the text after `// →` on the line of the
 * call or on the comment line right after it, parsed as a JSON-like literal (single-quoted strings allowed).
 * Lets a test assert that the documented example is true.
 *
 * @example
 * documentedResult(new URL('../../src/widgets/bradley-terry/model.ts', import.meta.url),
 *   'bradleyTerryTable(deriveBradleyTerry(bradleyTerryDefaults)).rows[0];'); // → ['1', '2.10', …]
 */
export function documentedResult(source: URL, call: string): unknown {
  const lines = readFileSync(source, 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(call));
  if (index === -1) throw new Error(`no @example calls ${call} in ${source.pathname}`);
  const result = [lines[index], lines[index + 1]].map((line) => /\/\/ → (.*)$/.exec(line ?? '')?.[1]).find((r) => r !== undefined);
  if (result === undefined) throw new Error(`the @example of ${call} documents no result (// → …)`);
  const json = result
    .trim()
    .replace(/'([^']*)'/g, (_, text: string) => JSON.stringify(text))
    .replace(/([{,]\s*)([A-Za-z_]\w*)\s*:/g, '$1"$2":');
  return JSON.parse(json);
}
