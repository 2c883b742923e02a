/** The parts of a `keydown` event that decide whether it opens search. */
export interface ShortcutKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/**
 * Whether a key press opens the search dialog: Ctrl+K (Cmd+K on a Mac) anywhere, and `/` when the reader is not
 * typing in a text field (`typing`), where the slash is text.
 *
 * @example
 * opensSearch({ key: 'k', ctrlKey: true, metaKey: false, altKey: false }, true) // → true
 * opensSearch({ key: '/', ctrlKey: false, metaKey: false, altKey: false }, true) // → false
 */
export function opensSearch(event: ShortcutKey, typing: boolean): boolean {
  if (event.altKey) return false;
  if (event.ctrlKey || event.metaKey) return event.key === 'k' || event.key === 'K';
  return event.key === '/' && !typing;
}
