/**
 * Tree-shaking rule for the course's math package: every module under `src/math/` is pure (no side effects
 * when imported; the package's own design rule), so a bundle may drop any of them whose exports go unused.
 *
 * Widgets import their math through the barrel `src/math/index.ts`. Without this rule the bundler must keep the
 * barrel's every import in the graph of every widget, and places every math module a widget uses in the chunk
 * that all widgets share: the embedding bundle's shared chunk carried the math of all widgets (71 KB gzip; with
 * the rule 66 KB, and each widget's own math moves into its own chunk or into a small chunk of the widgets that
 * share it).
 *
 * @type {{ test: RegExp, sideEffects: boolean }[]}
 * @example
 * build({ build: { rolldownOptions: { treeshake: { moduleSideEffects: pureMathModules } } } })
 */
export const pureMathModules = [{ test: /[\\/]src[\\/]math[\\/].*\.ts$/, sideEffects: false }];
