/**
 * The components an MDX section may use without importing them: passed to `<Content components={…} />`.
 * Authors write `<Widget id="dpo-loss" />`, `<Aside kind="mistake">…</Aside>`, `<SectionLink section="2.3" />`
 * `<Exercise id="…" answer={…} decimals={2} prompt="…">solution</Exercise>` and
 * `<WidgetScope widget="…">…</WidgetScope>` around the equations that `\sym` / `\val` wire to a widget,
 * `<Cite k="ouyang2022" />` for a citation and `<References keys={[…]} notes={{…}} />` for the section's list.
 */
import Aside from './Aside.astro';
import Cite from './Cite.astro';
import Exercise from './Exercise.astro';
import References from './References.astro';
import SectionLink from './SectionLink.astro';
import Widget from './Widget.astro';
import WidgetScope from './WidgetScope.astro';

export const courseComponents = { Aside, Cite, Exercise, References, SectionLink, Widget, WidgetScope };
