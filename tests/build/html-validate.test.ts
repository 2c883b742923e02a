/**
 * Every built HTML page (the book page's frame: print-page.test.ts) validates with zero html-validate errors (configuration and its documented
 * exceptions: ./html-validate-config.ts).
 */
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';

import { htmlValidateConfig } from './html-validate-config.ts';
import { pagesWithoutBook, readPage } from './site.ts';

const validator = new HtmlValidate(htmlValidateConfig);
// The book page's frame is validated in print-page.test.ts; its sections are these pages' own text.
const pages = pagesWithoutBook();

describe('html-validate', () => {
  it.each(pages.map((page) => [page.rel, page] as const))('%s has no errors', async (_, page) => {
    const report = await validator.validateString(readPage(page), page.file);
    const errors = report.results.flatMap((result) =>
      result.messages
        .filter((message) => message.severity === 2)
        .map((message) => `${page.rel}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
    );
    expect(errors).toEqual([]);
  });
});
