import { describe, expect, it } from 'vitest';
import { nextTheme, themeLabel } from '../../src/course/theme-choice';

describe('nextTheme(current)', () => {
  it('cycles system → light → dark → system', () => {
    expect(nextTheme('system')).toBe('light');
    expect(nextTheme('light')).toBe('dark');
    expect(nextTheme('dark')).toBe('system');
    expect(themeLabel('dark')).toBe('Theme: dark');
  });
});
