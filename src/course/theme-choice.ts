/** The reader's theme choice: follow the system, or force light or dark. */
export type ThemeChoice = 'system' | 'light' | 'dark';

const cycle: readonly ThemeChoice[] = ['system', 'light', 'dark'];

/**
 * The choice after `current` in the toggle's cycle system → light → dark → system.
 *
 * @example
 * nextTheme('dark') // → 'system'
 */
export function nextTheme(current: ThemeChoice): ThemeChoice {
  return cycle[(cycle.indexOf(current) + 1) % cycle.length] ?? 'system';
}

/** The toggle's visible label for a choice, e.g. `Theme: dark`. */
export function themeLabel(choice: ThemeChoice): string {
  return `Theme: ${choice}`;
}
