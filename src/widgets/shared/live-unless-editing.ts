/**
 * A property binding for a text-like input that follows the state like Lit's `live()`, except while the reader
 * is editing the input (it has the focus). A widget that re-renders every animation frame, such as a training
 * run that plays (content/chapter-5/dpo-trainer.mdx), would otherwise put the state's value back into the field
 * between two keystrokes, and the reader could never type a new value. The edit is committed by the input's own
 * `change` event (Enter or leaving the field), whose handler sets the field to the accepted value.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type PartInfo, type PropertyPart } from 'lit/directive.js';
import { setCommittedValue } from 'lit/directive-helpers.js';

class LiveUnlessEditing extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.PROPERTY) throw new Error('liveUnlessEditing() is for property bindings (.value=…)');
  }

  render(value: string): string {
    return value;
  }

  override update(part: PropertyPart, [value]: [string]): unknown {
    const input = part.element as HTMLInputElement;
    if (input.matches(':focus') || input.value === value) return noChange;
    // Like live(): forget the last committed value so the binding writes even when the state did not change.
    setCommittedValue(part);
    return value;
  }
}

/**
 * `.value=${liveUnlessEditing(text)}`: sets the input's value whenever it differs from `text`, unless the input
 * has the focus.
 *
 * @example
 * html`<input type="number" .value=${liveUnlessEditing(String(value))} @change=${onNumber} />`
 */
export const liveUnlessEditing = directive(LiveUnlessEditing);
