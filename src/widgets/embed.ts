/**
 * Entry of the standalone `widgets.js` bundle: importing it defines every `po-*` element, so any page can use
 * `<script type="module" src=".../widgets.js"></script><po-dpo-loss beta="0.1"></po-dpo-loss>`.
 */
import './bradley-terry/element.ts';
import './dpo-loss/element.ts';
import './preference-pair/element.ts';

export { widgets, widgetIds, getWidget } from './registry.ts';
