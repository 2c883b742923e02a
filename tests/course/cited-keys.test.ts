import { describe, expect, it } from 'vitest';

import { citeKeys, referenceListKeys, sectionReferenceKeys } from '../../src/course/cited-keys';

// Expected values: the MDX forms the sections use, `<Cite k="…" />` and a `<References keys={[…]} />` list.
const source = `Intro (<Cite k="ouyang2022" />, eq. 2) and <Cite k='gao2023' narrative /> and again <Cite k="ouyang2022" />.

## References

<References
  keys={[
    'ziegler2019',
    "ouyang2022",
  ]}
  notes={{ ziegler2019: 'The adaptive KL coefficient.' }}
/>
`;

describe('citeKeys(source)', () => {
  it('lists each cited key once, in order of first use', () => {
    expect(citeKeys(source)).toEqual(['ouyang2022', 'gao2023']);
    expect(citeKeys('no citations')).toEqual([]);
  });
});

describe('referenceListKeys(source)', () => {
  it('reads the keys of the list across lines and quote styles', () => {
    expect(referenceListKeys(source)).toEqual(['ziegler2019', 'ouyang2022']);
    expect(referenceListKeys('no list')).toEqual([]);
  });

  it('rejects two lists and keys that are not string literals', () => {
    expect(() => referenceListKeys('<References keys={[]} /> <References keys={[]} />')).toThrow(RangeError);
    expect(() => referenceListKeys('<References keys={[someKey]} />')).toThrow(/keys must be quoted strings/);
  });
});

describe('sectionReferenceKeys(source)', () => {
  it('is the list, then the citations the list lacks', () => {
    expect(sectionReferenceKeys(source)).toEqual(['ziegler2019', 'ouyang2022', 'gao2023']);
  });
});
