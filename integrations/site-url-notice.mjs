/**
 * Warns at build time when the site's public address is unknown (no `SITE`): the pages then carry no
 * canonical link, and the gallery's embed snippets take the address the page is served from, in the browser
 * (src/pages/widgets/index.astro), which is right for a reader of the deployed site but not for a search engine
 * or a reader without JavaScript.
 *
 * @example
 * // astro.config.mjs
 * integrations: [siteUrlNotice()]
 * // $ npm run build   (SITE unset)
 * // [po:site-url] SITE is not set: … Set it to the public address, e.g. SITE=https://example.org npm run build
 * @returns {import('astro').AstroIntegration}
 */
export default function siteUrlNotice() {
  /** @type {URL | undefined} */
  let site;
  return {
    name: 'po:site-url',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:start': ({ logger }) => {
        if (site !== undefined) return;
        logger.warn(
          'SITE is not set: the pages get no canonical link, and the gallery fills its embed snippets with the ' +
            'address it is served from, in the browser. Set it to the public address, e.g. ' +
            'SITE=https://example.org npm run build',
        );
      },
    },
  };
}
