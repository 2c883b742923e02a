import { describe, expect, it } from 'vitest';
import { legendEntries } from '../../../src/widgets/shared/chart-legend';
import { paletteChartColors } from '../../../src/widgets/shared/chart-colors';
import { dpoLossChartConfig, deriveDpoLoss } from '../../../src/widgets/dpo-loss/model';
import { dpoLossDefaults } from '../../../src/widgets/dpo-loss/state';
import { deriveSftInit, sftInitChartConfig } from '../../../src/widgets/sft-init/model';
import { sftInitDefaults } from '../../../src/widgets/sft-init/state';

describe('legendEntries(datasets)', () => {
  it('lists every labelled dataset with its colour, marker shape and dash', () => {
    const entries = legendEntries([
      { label: 'Loss', data: [], borderColor: '#0077bb', pointStyle: 'line' },
      { label: 'Weight', data: [], borderColor: '#009988', borderDash: [6, 4] },
      { label: 'Right', data: [], borderColor: '#c65a12', showLine: false, pointStyle: 'circle' },
      { label: 'Wrong', data: [], borderColor: '#cc3311', showLine: false, pointStyle: 'triangle' },
      { label: 'Zeros', data: [], borderColor: '#ee7733', showLine: false, pointStyle: 'crossRot' },
      { label: 'Best', data: [], borderColor: '#009988', showLine: false, pointStyle: 'rectRot' },
      { data: [] },
    ]);
    expect(entries).toEqual([
      { label: 'Loss', color: '#0077bb', marker: 'line', dash: [] },
      { label: 'Weight', color: '#009988', marker: 'line', dash: [6, 4] },
      { label: 'Right', color: '#c65a12', marker: 'circle', dash: [] },
      { label: 'Wrong', color: '#cc3311', marker: 'triangle', dash: [] },
      // sft-init draws its zeros as crosses and its best response as a diamond; the legend showed both as circles
      { label: 'Zeros', color: '#ee7733', marker: 'cross', dash: [] },
      { label: 'Best', color: '#009988', marker: 'diamond', dash: [] },
    ]);
  });

  it('names the dpo-loss chart’s four series, with the weight curve dashed', () => {
    const config = dpoLossChartConfig(deriveDpoLoss(dpoLossDefaults), paletteChartColors('light'));
    const entries = legendEntries(config.data.datasets);
    expect(entries.map((entry) => entry.marker)).toEqual(['line', 'line', 'circle', 'triangle']);
    expect(entries[1]?.dash.length).toBeGreaterThan(0);
    expect(config.options?.plugins?.legend?.display).toBe(false);
  });

  it('shows the sft-init chart’s zeros as crosses and its best response as a diamond, as the chart draws them', () => {
    const config = sftInitChartConfig(deriveSftInit(sftInitDefaults), paletteChartColors('light'));
    expect(legendEntries(config.data.datasets).map((entry) => entry.marker)).toEqual(['line', 'line', 'cross', 'diamond']);
  });
});
