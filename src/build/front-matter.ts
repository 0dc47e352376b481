/**
 * Splits a Markdown file into its front matter (the YAML between the first two `---` lines)
 * and its body, keeping the file line where each starts.
 */

export type SplitResult =
  | { ok: true; yaml: string; yamlFirstLine: number; body: string; bodyFirstLine: number }
  | { ok: false; problem: 'missing-front-matter' | 'unclosed-front-matter'; line: number };

const DELIMITER = /^---[ \t]*$/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;

/** `text` must already have "\n" line ends and no byte-order mark. */
export function splitFrontMatter(text: string): SplitResult {
  const lines = text.split('\n');
  // Blank lines before the opening --- are tolerated; anything else means there is no front matter.
  let open = 0;
  while (open < lines.length && lines[open]!.trim() === '') open++;
  if (open >= lines.length || !DELIMITER.test(lines[open]!)) {
    return { ok: false, problem: 'missing-front-matter', line: Math.min(open, lines.length - 1) + 1 };
  }
  for (let i = open + 1; i < lines.length; i++) {
    if (CLOSING.test(lines[i]!)) {
      return {
        ok: true,
        yaml: lines.slice(open + 1, i).join('\n'),
        yamlFirstLine: open + 2,
        body: lines.slice(i + 1).join('\n'),
        bodyFirstLine: i + 2,
      };
    }
  }
  return { ok: false, problem: 'unclosed-front-matter', line: open + 1 };
}
