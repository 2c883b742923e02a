/**
 * The components an MDX section may use without importing them: passed to `<Content components={…} />`.
 * Authors write `<Widget id="dpo-loss" />`, `<Aside kind="mistake">…</Aside>`, `<SectionLink section="2.3" />`
 * `<Exercise id="…" answer={…} decimals={2} prompt="…">solution</Exercise>` and
 * `<WidgetScope widget="…">…</WidgetScope>` around the equations that `\sym` / `\val` wire to a widget.
 */
import Aside from './Aside.astro';
import Exercise from './Exercise.astro';
import SectionLink from './SectionLink.astro';
import Widget from './Widget.astro';
import WidgetScope from './WidgetScope.astro';

export const courseComponents = { Aside, Exercise, SectionLink, Widget, WidgetScope };
