/**
 * The text of a course file from its bytes: UTF-8 without a byte-order mark, with "\n" line
 * ends. Bytes that are not UTF-8 (a file saved as Latin-1 or UTF-16, binary data) and invisible
 * control characters (NUL, ESC, …) are reported once per file, at the first one, with its line
 * and column; the text is still returned (bad bytes as U+FFFD) so the rest of the file is checked.
 */
import type { ProblemList } from './problems.js';

/** Control characters that have no place in a text file: C0 except tab, LF and CR; DEL; C1. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Byte offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let i = 0; i < n; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0; // overlong
      if (b === 0xed) high = 0x9f; // UTF-16 surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90; // overlong
      if (b === 0xf4) high = 0x8f; // above U+10FFFF
    } else {
      return i;
    }
    if (i + length > n) return i;
    const second = bytes[i + 1]!;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return -1;
}

/** 1-based line and column of a byte offset; LF, CRLF and a lone CR each end a line. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  // Columns count characters, as an editor does: decode the (valid) start of the line.
  return { line, column: Array.from(decoder.decode(bytes.subarray(lineStart, offset))).length + 1 };
}

/** The file's text, checked; see the top of this file. `file` is where problems are reported. */
export function courseFileText(file: string, bytes: Uint8Array, problems: ProblemList): string {
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const at = bytePosition(bytes, bad);
    problems.add('unreadable-file', { file, ...at }, { reason: 'not-utf8', byte: bytes[bad]!.toString(16).toUpperCase().padStart(2, '0') });
  }
  const text = decoder.decode(bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (bad < 0) {
    const control = CONTROL.exec(text);
    if (control) {
      const before = text.slice(0, control.index);
      const lineStart = before.lastIndexOf('\n') + 1;
      problems.add(
        'unreadable-file',
        { file, line: before.split('\n').length, column: Array.from(before.slice(lineStart)).length + 1 },
        { reason: 'control-character', char: `U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` },
      );
    }
  }
  return text;
}
