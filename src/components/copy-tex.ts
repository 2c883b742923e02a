/**
 * The "Copy LaTeX" button of a numbered equation (markup from src/course/rehype-equation-numbers.ts): copies the
 * TeX it holds and says so in the status beside it; when the browser refuses, the status shows the TeX to select.
 */

/**
 * @param button the `[data-copy-tex]` button
 * @example copyTex(document.querySelector('#eq-bt-loss ~ .equation-tools [data-copy-tex]'))
 */
export async function copyTex(button: HTMLElement): Promise<void> {
  const status = button.parentElement?.querySelector('.copy-tex-status');
  let message: string;
  try {
    await navigator.clipboard.writeText(button.dataset['copyTex'] ?? '');
    message = 'Copied.';
  } catch {
    message = `Copying failed; select it here instead: ${button.dataset['copyTex'] ?? ''}`;
  }
  if (status) status.textContent = message;
}
