import { describe, expect, it } from 'vitest';
import { embedAttributes, embedSizeMessage, iframeSnippet, MAX_PARAM_LENGTH } from '../../src/course/embed-protocol';

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

  it('truncates very long values', () => {
    const params = new URLSearchParams({ chosen: '1,'.repeat(5000) });
    expect(embedAttributes(params, ['chosen'])[0]?.[1]).toHaveLength(MAX_PARAM_LENGTH);
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
