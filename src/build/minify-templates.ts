/**
 * Vite plugin: minifies the CSS and HTML inside Lit's css`` and html`` templates of Netral's own
 * source when building. The JavaScript minifier leaves template text as written, indentation and
 * all, and a learner on mobile data pays for every byte of it: the styles alone are a few
 * kilobytes of spaces. minify-literals does the work (Lightning CSS for CSS, html-minifier-next
 * for HTML), keeping Lit's `${…}` bindings in place.
 *
 * HTML whitespace is collapsed conservatively (a run becomes one space, never nothing), so text
 * such as `${score} · ${date}` or `<strong>x</strong> (y)` reads as before; empty attributes are
 * kept (`alt=""` means something). Files that render trusted HTML through unsafeHTML keep their
 * HTML templates as written (minify-literals declines them); their CSS is still minified.
 */
import type { Plugin } from 'vite';

export function minifyTemplates(): Plugin {
  return {
    name: 'netral-minify-templates',
    apply: 'build',
    async transform(code, id) {
      if (id.includes('/node_modules/') || !/\.ts$/.test(id) || !/\b(css|html)`/.test(code)) return null;
      // Loaded here, not at the top: the content pipeline's other users should not load it.
      const { minifyHTMLLiterals } = await import('minify-literals');
      // minify-literals leaves the HTML of a file that uses unsafeHTML as it is (and says so on
      // every build): say it here instead, so that builds print only what their reader needs.
      const html = code.includes('unsafeHTML')
        ? false
        : { collapseWhitespace: true, conservativeCollapse: true, removeEmptyAttributes: false, minifyJS: false };
      const result = await minifyHTMLLiterals(code, { fileName: id, html });
      return result ? { code: result.code, map: result.map ?? null } : null;
    },
  };
}
