import { describe, expect, it } from 'vitest';

import { opensSearch } from '../../src/course/search-shortcut';

const press = (key: string, modifiers: { ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean } = {}) => ({
  key,
  ctrlKey: modifiers.ctrlKey ?? false,
  metaKey: modifiers.metaKey ?? false,
  altKey: modifiers.altKey ?? false,
});

// Expected values: the shortcuts the site header announces (aria-keyshortcuts="/ Control+K Meta+K",
// src/components/SiteSearch.astro); `key` values as the UI Events KeyboardEvent key spec gives them.
describe('opensSearch(event, typing)', () => {
  it('opens on Ctrl+K and Cmd+K, also while typing and with Shift (K)', () => {
    expect(opensSearch(press('k', { ctrlKey: true }), false)).toBe(true);
    expect(opensSearch(press('k', { metaKey: true }), true)).toBe(true);
    expect(opensSearch(press('K', { ctrlKey: true }), false)).toBe(true);
  });

  it('opens on / only outside text fields', () => {
    expect(opensSearch(press('/'), false)).toBe(true);
    expect(opensSearch(press('/'), true)).toBe(false);
  });

  it('ignores other keys, K without Ctrl or Cmd, and any Alt combination', () => {
    expect(opensSearch(press('k'), false)).toBe(false);
    expect(opensSearch(press('j', { ctrlKey: true }), false)).toBe(false);
    expect(opensSearch(press('k', { ctrlKey: true, altKey: true }), false)).toBe(false);
    expect(opensSearch(press('/', { altKey: true }), false)).toBe(false);
    expect(opensSearch(press('/', { ctrlKey: true }), false)).toBe(false);
  });
});
