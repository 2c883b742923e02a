import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { embedAttributes, embedSizeMessage, hidesTitle, iframeSnippet } from '../../src/course/embed-protocol';
import { dpoLossSchema } from '../../src/widgets/dpo-loss/state';
import { parseField } from '../../src/widgets/shared/schema';
import { hostileString } from '../widgets/shared/schema-arbitraries';

describe('embedSizeMessage(id, height)', () => {
  it('rounds the height up and never goes negative', () => {
    expect(embedSizeMessage('dpo-loss', 611.2)).toEqual({ type: 'po-embed-size', id: 'dpo-loss', height: 612 });
    expect(embedSizeMessage('dpo-loss', -4).height).toBe(0);
  });
});

describe('embedAttributes(params, stateKeys)', () => {
  it('keeps only state keys, theme and controls', () => {
    const params = new URLSearchParams('beta=0.2&onload=alert(1)&theme=dark&controls=none&style=x');
    expect(embedAttributes(params, ['beta', 'variant'])).toEqual([
      ['beta', '0.2'],
      ['theme', 'dark'],
      ['controls', 'none'],
    ]);
  });

  it('turns title=0 into heading="none" (an attribute named title would be a tooltip) and ignores other titles', () => {
    expect(embedAttributes(new URLSearchParams('title=0&beta=0.2'), ['beta'])).toEqual([
      ['beta', '0.2'],
      ['heading', 'none'],
    ]);
    expect(embedAttributes(new URLSearchParams('title=1'), ['beta'])).toEqual([]);
    expect(embedAttributes(new URLSearchParams('title=<b>x</b>&heading=none'), ['beta'])).toEqual([]);
  });

  it('writes theme in its parsed form, the one the embed page applies to itself', () => {
    for (const [query, theme] of [
      ['theme=DARK', 'dark'],
      ['theme=%20dark%20', 'dark'],
      ['theme=Light', 'light'],
      ['theme=sepia', 'auto'],
    ] as const) {
      expect(embedAttributes(new URLSearchParams(query), []), query).toEqual([['theme', theme]]);
    }
  });

  it('copies state values whole, so a URL and an attribute give the same state (one codec)', () => {
    // A list of 5000 items: the embed page used to cut the value to 2000 characters and keep 12 items, while
    // the element, given the same value as an attribute, kept the defaults.
    const long = Array.from({ length: 5000 }, (_, index) => String((index % 7) - 3)).join(',');
    const fromUrl = embedAttributes(new URLSearchParams({ chosen: long }), ['chosen'])[0]?.[1] ?? null;
    expect(fromUrl).toBe(long);
    expect(parseField(dpoLossSchema.chosen, fromUrl)).toEqual(parseField(dpoLossSchema.chosen, long));
    fc.assert(
      fc.property(hostileString, (raw) => {
        const copied = embedAttributes(new URLSearchParams({ chosen: raw }), ['chosen'])[0]?.[1] ?? null;
        expect(parseField(dpoLossSchema.chosen, copied)).toEqual(parseField(dpoLossSchema.chosen, raw));
      }),
      { numRuns: 300 },
    );
  });
});

describe('iframeSnippet(title, src, origin)', () => {
  const snippet = iframeSnippet('DPO loss', 'https://example.org/c/embed/dpo-loss/', 'https://example.org');

  it('checks the origin and the message type before resizing', () => {
    expect(snippet).toContain('src="https://example.org/c/embed/dpo-loss/"');
    expect(snippet).toContain("event.origin !== 'https://example.org'");
    expect(snippet).toContain("event.data?.type !== 'po-embed-size'");
  });

  it("accepts only messages from its own frame's window, found without an id", () => {
    expect(snippet).toContain('event.source !== frame.contentWindow');
    expect(snippet).toContain('document.currentScript.previousElementSibling');
    expect(snippet).not.toContain('getElementById');
    expect(snippet).not.toMatch(/\sid="/);
  });
});

describe('hidesTitle(value)', () => {
  it('is true for 0, false, no and none in any case and with spaces, false for anything else', () => {
    for (const value of ['0', 'false', 'NO', ' None ']) expect(hidesTitle(value), value).toBe(true);
    for (const value of [null, '', '1', 'yes', 'hide', '00']) expect(hidesTitle(value), String(value)).toBe(false);
  });
});
