/**
 * Fails the build with a message in the form authors need: which component, which prop, what it received and
 * what it expects.
 *
 * @example
 * propError('Aside', 'kind', 'warning', '"note" | "mistake" | "notice" | "history"')
 * // → Error: <Aside> prop "kind": received "warning", expected "note" | "mistake" | "notice" | "history"
 */
export function propError(component: string, prop: string, received: unknown, expected: string): Error {
  return new Error(`<${component}> prop "${prop}": received ${JSON.stringify(received)}, expected ${expected}`);
}
