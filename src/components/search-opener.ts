/**
 * The part of search every page loads up front, kept small (it counts towards the page's JavaScript before any
 * widget loads): the header's Search button (SiteSearch.astro) and the shortcuts `/`, Ctrl+K and Cmd+K open the
 * dialog, whose code (search-dialog.ts) and index load at that first opening.
 */
import { opensSearch } from '../course/search-shortcut';

/** Wires the Search button and the keyboard shortcuts. */
export function wireSearchOpener(): void {
  // The dialog opens at once, its field focused (autofocus), so that what the reader types next lands there while
  // the dialog's code loads; that module wires itself up when it first loads.
  const open = () => {
    document.querySelector<HTMLDialogElement>('[data-search-dialog]')?.showModal();
    void import('./search-dialog');
  };
  document.addEventListener('click', (event) => {
    if ((event.target as Element).closest?.('[data-search-open]')) open();
  });
  document.addEventListener('keydown', (event) => {
    // The innermost target, also inside a widget's shadow root: there a slash typed into a field is text.
    const target = event.composedPath()[0] as HTMLElement;
    if (opensSearch(event, !!(target.isContentEditable || target.matches?.('input,textarea,select')))) {
      event.preventDefault();
      open();
    }
  });
}
