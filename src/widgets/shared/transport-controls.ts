/**
 * Play / pause, step and rewind (reset the run to step 0) buttons for a training widget (the state is in
 * transport.ts). The run's reset is called "Rewind" so that it is not mistaken for the widget's own Reset, which
 * restores the controls. Native buttons, so
 * Tab, Enter and Space work; a button with nothing to do is marked `aria-disabled` rather than disabled, so
 * pressing Step until the run ends never drops the focus to the page; the play button keeps its place and width when its label changes (the label column
 * is sized for the longest label), and the status text beside them is what the buttons did, for every reader.
 * The widget's summary sentence (its `role="status"` twin) announces the run's numbers.
 */
import { css, html, type TemplateResult } from 'lit';
import { transportButtons, type TransportAction, type TransportState } from './transport.ts';

/** The buttons' styles, added to the element's `static styles` beside the widget styles. */
export const transportStyles = css`
  .transport-toggle {
    min-inline-size: 5.5em;
  }
  button[aria-disabled='true'] {
    cursor: not-allowed;
    color: var(--_muted);
  }
`;

/** Options of {@link transportControls}. */
export interface TransportControlsOptions {
  /** Id prefix, unique in the shadow root. */
  id: string;
  state: TransportState;
  /** Called with `toggle`, `step` or `reset` when the reader presses a button that has something to do. */
  onAction: (action: TransportAction) => void;
}

/**
 * The transport buttons and their status line, in one labelled group.
 *
 * @example
 * html`${transportControls({ id: 'run', state: transport, onAction: (a) => this.#training.dispatch(a) })}`
 */
export function transportControls({ id, state, onAction }: TransportControlsOptions): TemplateResult {
  const buttons = transportButtons(state);
  return html`<div class="control transport" role="group" aria-label="Training run">
    <div class="control-row">
      <button type="button" id="${id}-toggle" class="transport-toggle" @click=${() => onAction({ type: 'toggle' })}>${buttons.toggle}</button>
      <button type="button" id="${id}-step" aria-disabled=${String(buttons.stepDisabled)} @click=${() => buttons.stepDisabled || onAction({ type: 'step' })}>
        Step
      </button>
      <button type="button" id="${id}-reset" aria-disabled=${String(buttons.resetDisabled)} @click=${() => buttons.resetDisabled || onAction({ type: 'reset' })}>
        Rewind
      </button>
    </div>
    <span id="${id}-status" class="control-note">${buttons.status}</span>
  </div>`;
}
