import { describe, expect, it } from 'vitest';
import { legendEntries } from '../../../src/widgets/shared/chart-legend';
import { paletteChartColors } from '../../../src/widgets/shared/chart-colors';
import { dpoLossChartConfig, deriveDpoLoss } from '../../../src/widgets/dpo-loss/model';
import { dpoLossDefaults } from '../../../src/widgets/dpo-loss/state';

describe('legendEntries(datasets)', () => {
  it('lists every labelled dataset with its colour, marker shape and dash', () => {
    const entries = legendEntries([
      { label: 'Loss', data: [], borderColor: '#0077bb', pointStyle: 'line' },
      { label: 'Weight', data: [], borderColor: '#009988', borderDash: [6, 4] },
      { label: 'Right', data: [], borderColor: '#c65a12', showLine: false, pointStyle: 'circle' },
      { label: 'Wrong', data: [], borderColor: '#cc3311', showLine: false, pointStyle: 'triangle' },
      { data: [] },
    ]);
    expect(entries).toEqual([
      { label: 'Loss', color: '#0077bb', marker: 'line', dash: [] },
      { label: 'Weight', color: '#009988', marker: 'line', dash: [6, 4] },
      { label: 'Right', color: '#c65a12', marker: 'circle', dash: [] },
      { label: 'Wrong', color: '#cc3311', marker: 'triangle', dash: [] },
    ]);
  });

  it('names the dpo-loss chart’s four series, with the weight curve dashed', () => {
    const config = dpoLossChartConfig(deriveDpoLoss(dpoLossDefaults), paletteChartColors('light'));
    const entries = legendEntries(config.data.datasets);
    expect(entries.map((entry) => entry.marker)).toEqual(['line', 'line', 'circle', 'triangle']);
    expect(entries[1]?.dash.length).toBeGreaterThan(0);
    expect(config.options?.plugins?.legend?.display).toBe(false);
  });
});
