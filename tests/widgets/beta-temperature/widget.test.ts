import { describe, expect, it } from 'vitest';
import { betaTemperatureWidget } from '../../../src/widgets/beta-temperature/widget.ts';

describe('betaTemperatureWidget.title', () => {
  // content/chapter-2/beta-temperature.mdx: β divides the reward (e^{r/β}), so β is the temperature and
  // λ = 1/β the inverse temperature; the widget's heading must not name β the other way round.
  it('calls β a temperature, not an inverse temperature', () => {
    expect(betaTemperatureWidget.title).toMatch(/β as a temperature/);
    expect(betaTemperatureWidget.title).not.toMatch(/inverse temperature/);
  });
});
