/**
 * The theme toggle's behaviour (ThemeToggle.astro): cycles `html[data-theme]` through system → light → dark and
 * remembers the choice, which scripts/before-paint.js applies before the next page's first paint (it applies
 * `light` and `dark` only, so a stored `system` means the system theme). Written small: every page loads it
 * before anything else.
 */
import { nextTheme, themeLabel, type ThemeChoice } from '../course/theme-choice';

/** Wires every `[data-theme-toggle]` button of the page. */
export function wireThemeToggles(): void {
  const root = document.documentElement;
  // Only this module and before-paint.js set data-theme, to `light` or `dark`.
  const read = () => (root.dataset['theme'] ?? 'system') as ThemeChoice;
  for (const button of document.querySelectorAll('[data-theme-toggle]')) {
    const label = button.querySelector('[data-theme-label]');
    const show = () => {
      if (label) label.textContent = themeLabel(read());
    };
    show();
    button.addEventListener('click', () => {
      const choice = nextTheme(read());
      if (choice === 'system') delete root.dataset['theme'];
      else root.dataset['theme'] = choice;
      try {
        localStorage.setItem('po-theme', choice);
      } catch {
        // Storage can be unavailable (private mode, sandboxed iframes); the choice then lasts for this page.
      }
      show();
    });
  }
}
