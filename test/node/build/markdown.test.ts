/**
 * Markdown at build time: token lines, citations, callouts, raw HTML and links.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Token, Tokens } from 'marked';
import type { Source } from '../../../src/core/course.js';
import { citedSources, CourseMarkdown, MAX_MARKDOWN_NESTING, nestingDepth, walk } from '../../../src/build/markdown.js';
import { ProblemList } from '../../../src/build/problems.js';

const sources = new Map<string, Source>([
  ['pp-94-2021', { id: 'pp-94-2021', short: 'PP 94/2021', title: 'PP 94 Tahun 2021', status: 'berlaku' }],
  ['uu-5-2014', { id: 'uu-5-2014', short: 'UU 5/2014', title: 'UU 5 Tahun 2014', status: 'dicabut' }],
]);

function markdown(lang = 'id') {
  const problems = new ProblemList('id');
  const md = new CourseMarkdown({ file: 'x.id.md', lang, sources, problems });
  return { md, problems };
}

function render(src: string, firstLine = 1, lang = 'id') {
  const { md, problems } = markdown(lang);
  const tokens = md.lex(src, firstLine);
  return { html: md.render(tokens), problems: problems.sorted(), tokens, md };
}

describe('CourseMarkdown', () => {
  it('renders headings one level below the view title (h2): # and ## become h3, ### h4', () => {
    const { html } = render('# Satu\n\n## Dua\n\n### Tiga\n\n###### Enam');
    assert.equal(html, '<h3>Satu</h3>\n<h3>Dua</h3>\n<h4>Tiga</h4>\n<h6>Enam</h6>\n');
  });

  it('gives every block, list item and inline token its file line', () => {
    const src = [
      'Para satu', // 10
      'baris dua [@pp-94-2021]', // 11
      '', // 12
      '> kutipan', // 13
      '> [@pp-94-2021, Pasal 5]', // 14
      '', // 15
      '- satu', // 16
      '  > umpan balik [@pp-94-2021]', // 17
      '- dua', // 18
      '', // 19
      '- tiga, longgar', // 20
      '', // 21
      '  lanjutan [@pp-94-2021, Pasal 8]', // 22
    ].join('\n');
    const { md, tokens } = render(src, 10);
    const cites: number[] = [];
    walk(tokens, (t) => {
      if (t.type === 'citation') cites.push(md.lineOf(t));
    });
    assert.deepEqual(cites, [11, 14, 17, 22]);
    const list = tokens.find((t) => t.type === 'list') as Tokens.List;
    assert.deepEqual(
      list.items.map((i) => md.lineOf(i)),
      [16, 18, 20],
    );
    assert.equal(md.lineOf(tokens.find((t) => t.type === 'blockquote')), 13);
  });

  it('parses citation forms', () => {
    const { html, tokens } = render('[@pp-94-2021] [@pp-94-2021, Pasal 5 huruf n] [@uu-5-2014 !historis] [@uu-5-2014, Pasal 2 !historis]');
    const found: string[] = [];
    walk(tokens, (t: Token) => {
      if (t.type === 'citation') found.push(`${t.id}|${t.locator}|${t.historical}`);
    });
    assert.deepEqual(found, ['pp-94-2021||false', 'pp-94-2021|Pasal 5 huruf n|false', 'uu-5-2014||true', 'uu-5-2014|Pasal 2|true']);
    assert.ok(html.includes('>PP 94/2021</a>'));
    assert.ok(html.includes('>PP 94/2021, Pasal 5 huruf n</a>'));
    assert.ok(html.includes('>UU 5/2014, sudah dicabut</a>'));
    assert.ok(html.includes('>UU 5/2014, Pasal 2, sudah dicabut</a>'));
    assert.deepEqual(citedSources(tokens), ['pp-94-2021', 'uu-5-2014']);
  });

  it('escapes the locator of a citation', () => {
    const { html } = render('[@pp-94-2021, Pasal <5>]');
    assert.ok(html.includes('>PP 94/2021, Pasal &lt;5&gt;</a>'));
  });

  it('reports unknown and repealed sources with their lines', () => {
    const { problems } = render('Teks.\n\nLihat [@pp-94-2012] dan\n[@uu-5-2014, Pasal 2].', 5);
    assert.deepEqual(
      problems.map((p) => [p.code, p.line]),
      [
        ['unknown-source', 7],
        ['repealed-source-cited', 8],
      ],
    );
    assert.match(problems[0]!.message, /Mungkin maksud Anda "pp-94-2021"\?/);
  });

  it('renders a callout title with inline Markdown, and keeps the rest of the first paragraph', () => {
    const { html, problems } = render('> [!sanksi] Hukuman **berat**\n> Teks pertama.\n>\n> Teks kedua.');
    assert.deepEqual(problems, []);
    assert.equal(
      html,
      '<aside class="callout callout--sanksi" role="note"><p class="callout__title">Hukuman <strong>berat</strong></p>\n<p>Teks pertama.</p>\n<p>Teks kedua.</p>\n</aside>\n',
    );
  });

  it('uses the content language for default callout titles', () => {
    assert.ok(render('> [!tergantung]\n> Teks.', 1, 'id').html.includes('>Tergantung keadaan</p>'));
    assert.ok(render('> [!tergantung]\n> Teks.', 1, 'en').html.includes('>It depends</p>'));
  });

  it('leaves ordinary blockquotes alone', () => {
    assert.equal(render('> Kutipan biasa.').html, '<blockquote>\n<p>Kutipan biasa.</p>\n</blockquote>\n');
  });

  it('escapes and reports raw HTML, block and inline', () => {
    const { html, problems } = render('<script>alert(1)</script>\n\nTeks <b onclick="x()">tebal</b>.');
    assert.ok(!html.includes('<script>') && !html.includes('<b '));
    assert.ok(html.includes('&lt;script&gt;'));
    assert.deepEqual(
      problems.map((p) => [p.code, p.line]),
      [
        ['raw-html', 1],
        ['raw-html', 3],
        ['raw-html', 3],
      ],
    );
  });

  it('drops HTML comments without a problem', () => {
    const { html, problems } = render('<!-- catatan penulis -->\n\nTeks.');
    assert.deepEqual(problems, []);
    assert.equal(html, '<p>Teks.</p>\n');
  });

  it('marks links to other sites and refuses unsafe ones', () => {
    const { html, problems } = render(
      '[a](https://bawaslu.go.id) [b](#src-x) [c](lampiran.html) [d](mailto:info@example.org) [e](javascript:alert(1)) <https://example.org>',
    );
    assert.ok(html.includes('<a href="https://bawaslu.go.id" rel="noopener noreferrer" target="_blank">a</a>'));
    assert.ok(html.includes('<a href="#src-x">b</a>'));
    assert.ok(html.includes('<a href="lampiran.html">c</a>'));
    assert.ok(html.includes('<a href="mailto:info@example.org">d</a>'));
    assert.ok(!html.includes('javascript:'));
    assert.ok(html.includes('<a href="https://example.org" rel="noopener noreferrer" target="_blank">https://example.org</a>'));
    assert.deepEqual(
      problems.map((p) => p.code),
      ['unsafe-link'],
    );
  });

  it('lexes inline text on a given line', () => {
    const { md } = markdown();
    const tokens = md.lexInline('label [@pp-94-2021]', 42);
    const cite = tokens.find((t) => t.type === 'citation');
    assert.equal(md.lineOf(cite), 42);
    assert.equal(md.renderInline(tokens).startsWith('label <cite class="cite">'), true);
  });
});

describe('nesting', () => {
  const depths: [string, number][] = [
    ['Teks biasa', 0],
    ['> kutipan', 1],
    ['> > > tiga', 3],
    ['>>>> empat', 4],
    ['- butir', 1],
    ['    - butir dalam butir', 2],
    ['1. nomor', 1],
    ['  > - 2) campur', 3],
    ['-tanpa spasi', 0],
    ['        kode', 2],
    ['\t\tkode', 2],
    ['- - - -', 4],
  ];
  for (const [line, depth] of depths) {
    it(`"${line}" is ${depth} deep`, () => assert.equal(nestingDepth(line), depth));
  }

  it(`reports a line nested deeper than ${MAX_MARKDOWN_NESTING} levels, leaves it out and keeps the other lines' numbers`, () => {
    const deep = '>'.repeat(5_000);
    const { problems, tokens, md, html } = render(`Awal.\n\n${deep} dalam\n${deep} lagi\n\n<div>akhir</div>\n`, 20);
    assert.deepEqual(
      problems.map((p) => [p.code, p.line, p.params]),
      [
        ['unreadable-file', 22, { reason: 'nesting', depth: 5_000, max: MAX_MARKDOWN_NESTING }],
        ['raw-html', 25, { html: '<div>akhir</div>' }],
      ],
    );
    assert.equal(md.lineOf(tokens.find((t) => t.type === 'html')), 25);
    assert.doesNotMatch(html, /dalam|lagi/);
  });

  it(`accepts ${MAX_MARKDOWN_NESTING} levels`, () => {
    assert.deepEqual(render(`${'> '.repeat(MAX_MARKDOWN_NESTING)}dalam\n`).problems, []);
  });

  it('gives the lines of a long paragraph in one pass (100,000 lines in well under a second)', () => {
    const src = Array.from({ length: 100_000 }, (_, i) => `baris ${i + 1} [@pp-94-2021]`).join('\n');
    const started = performance.now();
    const { tokens, md } = render(src, 7);
    const citations: Token[] = [];
    walk(tokens, (t) => {
      if (t.type === 'citation') citations.push(t);
    });
    assert.equal(citations.length, 100_000);
    assert.equal(md.lineOf(citations.at(-1)), 100_006);
    assert.ok(performance.now() - started < 5_000, `${Math.round(performance.now() - started)} ms`);
  });
});
