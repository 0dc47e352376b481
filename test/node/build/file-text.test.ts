/**
 * Reading a course file's bytes as text (src/build/file-text.ts): UTF-8 only, with the first bad
 * byte or control character reported at its line and column.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { courseFileText, firstInvalidUtf8 } from '../../../src/build/file-text.js';
import { ProblemList } from '../../../src/build/problems.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('firstInvalidUtf8', () => {
  const cases: [string, Uint8Array, number][] = [
    ['ASCII', bytes('abc\n'), -1],
    ['two-, three- and four-byte characters', bytes('é € 𝄞 🗳'), -1],
    ['the largest code point', bytes([0xf4, 0x8f, 0xbf, 0xbf]), -1],
    ['an empty file', bytes(), -1],
    ['a lone continuation byte', bytes('ab', [0x80]), 2],
    ['0xFF', bytes('a', [0xff]), 1],
    ['0xC0 and 0xC1 (always overlong)', bytes([0xc0, 0xaf]), 0],
    ['an overlong three-byte sequence', bytes('x', [0xe0, 0x80, 0xaf]), 1],
    ['a UTF-16 surrogate (CESU-8)', bytes('xy', [0xed, 0xa0, 0x80]), 2],
    ['an overlong four-byte sequence', bytes([0xf0, 0x80, 0x80, 0xaf]), 0],
    ['above U+10FFFF', bytes([0xf4, 0x90, 0x80, 0x80]), 0],
    ['0xF5', bytes([0xf5, 0x80, 0x80, 0x80]), 0],
    ['a sequence cut short at the end', bytes('ab', [0xe2, 0x82]), 2],
    ['a sequence cut short by ASCII', bytes([0xe2, 0x82, 0x41]), 0],
    ['Latin-1 é', Buffer.from('café', 'latin1'), 3],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => assert.equal(firstInvalidUtf8(input), expected));
  }
});

describe('courseFileText', () => {
  function read(input: Uint8Array) {
    const problems = new ProblemList('en');
    const text = courseFileText('x.id.md', input, problems);
    return { text, problems: problems.sorted().map((p) => ({ line: p.line, column: p.column, params: p.params })) };
  }

  it('drops a byte-order mark and turns CRLF and CR into LF', () => {
    assert.deepEqual(read(bytes('\uFEFFa\r\nb\rc\n')), { text: 'a\nb\nc\n', problems: [] });
  });

  it('reports the first byte that is not UTF-8 at its line and column, and keeps the rest', () => {
    const { text, problems } = read(bytes('satu\r\ndua\rti', [0xe9], 'ga ', [0xff], '\n'));
    assert.deepEqual(problems, [{ line: 3, column: 3, params: { reason: 'not-utf8', byte: 'E9' } }]);
    assert.equal(text, 'satu\ndua\nti\uFFFDga \uFFFD\n');
  });

  it('counts columns in characters, not bytes', () => {
    assert.deepEqual(read(bytes('é€𝄞', [0x80])).problems, [{ line: 1, column: 4, params: { reason: 'not-utf8', byte: '80' } }]);
  });

  it('reports the first control character (NUL, ESC, DEL, C1), but not tab, LF or CR', () => {
    assert.deepEqual(read(bytes('a\tb\r\nc\u0000d\u001b')).problems, [{ line: 2, column: 2, params: { reason: 'control-character', char: 'U+0000' } }]);
    assert.deepEqual(read(bytes('ok\n\u0085')).problems, [{ line: 2, column: 1, params: { reason: 'control-character', char: 'U+0085' } }]);
    assert.deepEqual(read(bytes('tab\tand\u00a0space')).problems, []);
  });
});
