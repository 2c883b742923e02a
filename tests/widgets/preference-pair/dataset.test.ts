import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  DATASET_FILE,
  indexPreferenceDataset,
  preferenceDataset,
  preferenceRecords,
} from '../../../src/widgets/preference-pair/dataset.ts';

const file = join(import.meta.dirname, '../../..', DATASET_FILE);

describe('preferenceRecords (content/datasets/preference-pairs.jsonl)', () => {
  it('holds ten records, one JSON object per line, with exactly the keys id, prompt, chosen, rejected, votes', () => {
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(10);
    for (const line of lines) expect(Object.keys(JSON.parse(line) as object)).toEqual(['id', 'prompt', 'chosen', 'rejected', 'votes']);
    expect(preferenceRecords.map((record) => record.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });
});

describe('indexPreferenceDataset(records)', () => {
  it('groups the shipped records into 4 prompts with 3, 3, 3 and 2 responses, identified by their text', () => {
    expect(preferenceDataset.prompts).toHaveLength(4);
    expect(preferenceDataset.responses.map((list) => list.length)).toEqual([3, 3, 3, 2]);
    expect(preferenceDataset.positions.slice(0, 3)).toEqual([
      { prompt: 0, chosen: 0, rejected: 1 },
      { prompt: 0, chosen: 0, rejected: 2 },
      { prompt: 0, chosen: 1, rejected: 2 },
    ]);
  });

  it('expands the votes into one comparison each, the minority votes reversed', () => {
    // 4+1, 5+0, 4+1, 4+1, 5+0, 3+2, 3+2, 4+1, 4+1, 3+2 votes (counted by hand from the file)
    expect(preferenceDataset.comparisons).toHaveLength(50);
    const firstRecord = preferenceDataset.comparisons.slice(0, 5);
    expect(firstRecord.filter((c) => c.chosen === 0 && c.rejected === 1)).toHaveLength(4);
    expect(firstRecord.filter((c) => c.chosen === 1 && c.rejected === 0)).toHaveLength(1);
  });

  it('indexes two records that share a response under one index', () => {
    const base = { prompt: 'p', votes: { chosen: 2, rejected: 1 } };
    const d = indexPreferenceDataset([
      { ...base, id: 'a', chosen: 'x', rejected: 'y', line: 1 },
      { ...base, id: 'b', chosen: 'z', rejected: 'x', line: 2 },
    ]);
    expect(d.responses).toEqual([['x', 'y', 'z']]);
    expect(d.positions).toEqual([
      { prompt: 0, chosen: 0, rejected: 1 },
      { prompt: 0, chosen: 2, rejected: 0 },
    ]);
  });
});

describe('loading the dataset module (what the site build does)', () => {
  it('fails with the file and line of a malformed record, so the build fails there', async () => {
    vi.resetModules();
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[5] = lines[5]!.replace('"votes": {"chosen": 3, "rejected": 2}', '"votes": {"chosen": 2, "rejected": 3}');
    vi.doMock('../../../content/datasets/preference-pairs.jsonl?raw', () => ({ default: lines.join('\n') }));
    await expect(import('../../../src/widgets/preference-pair/dataset.ts')).rejects.toThrow(
      /^content\/datasets\/preference-pairs\.jsonl line 6: "chosen" must have more votes than "rejected" \(received 2 to 3\)/,
    );
    vi.doUnmock('../../../content/datasets/preference-pairs.jsonl?raw');
    vi.resetModules();
  });
});
