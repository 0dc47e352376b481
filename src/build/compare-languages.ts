/**
 * The same item in two languages must have the same structure: ids, order, correct answers,
 * weights, tags, branches, endings, draws and quiz settings. Only the text may differ, so a
 * learner's saved state never depends on the language.
 */
import type { StructureAspect } from './messages.js';
import type { ParsedEntry } from './content-file.js';
import type { ProblemList } from './problems.js';

interface Facet {
  aspect: StructureAspect;
  /** Question or node id the facet is about; "" for the whole item. */
  where: string;
  value: string;
  /** Object whose line locates the facet in its file. */
  target?: object;
}

function facets(entry: ParsedEntry): Facet[] {
  const out: Facet[] = [];
  switch (entry.kind) {
    case 'lesson':
      break;
    case 'quiz': {
      const q = entry.data;
      out.push({
        aspect: 'draw',
        where: '',
        value: q.draw
          .map((r) => `${r.bank}: ${r.count}${r.tags ? ` [${r.tags.join(', ')}]` : ''}${r.excludeTags ? ` excludeTags [${r.excludeTags.join(', ')}]` : ''}`)
          .join('; '),
        target: q.draw[0],
      });
      out.push({
        aspect: 'quiz-settings',
        where: '',
        value: `passMark ${entry.explicitPassMark ?? '-'}, attempts ${q.attempts}, feedback ${q.feedback}, shuffle ${q.shuffle}, graded ${q.graded}`,
      });
      break;
    }
    case 'scenario': {
      const nodes = Object.values(entry.data.nodes);
      out.push({ aspect: 'node-list', where: '', value: nodes.map((n) => n.id).join(', ') });
      for (const n of nodes) {
        out.push({ aspect: 'branches', where: n.id, value: n.choices.map((c) => `${c.id} -> ${c.next}`).join(', '), target: n });
        const ending = n.ending ? `ending ${n.ending.outcome}, score ${n.ending.score}` : '';
        out.push({ aspect: 'ending', where: n.id, value: ending, target: n });
      }
      break;
    }
    case 'bank': {
      const bank = entry.data;
      out.push({ aspect: 'question-list', where: '', value: bank.questionIds.join(', ') });
      for (const id of bank.questionIds) {
        const q = bank.questions[id]!;
        out.push({ aspect: 'question-type', where: id, value: q.type, target: q });
        out.push({ aspect: 'weight', where: id, value: String(q.weight), target: q });
        out.push({ aspect: 'tags', where: id, value: q.tags.join(', '), target: q });
        out.push({ aspect: 'shuffle', where: id, value: String(q.shuffleOptions), target: q });
        out.push({ aspect: 'options', where: id, value: q.options.map((o) => o.id).join(', '), target: q });
        const correct = q.options.filter((o) => o.correct).map((o) => o.id);
        out.push({ aspect: 'correct', where: id, value: correct.join(', '), target: q });
      }
      break;
    }
  }
  return out;
}

/** Reports every structural difference of `other` from `base` (the same id in another language). */
export function compareLanguages(base: ParsedEntry, other: ParsedEntry, problems: ProblemList): void {
  const report = (aspect: StructureAspect, where: string, expected: string, actual: string, line: number) =>
    problems.add('structure-mismatch', { file: other.file, line }, {
      id: other.id,
      lang: other.lang,
      baseLang: base.lang,
      baseFile: base.file,
      aspect,
      where,
      expected,
      actual,
    });

  if (base.kind !== other.kind) {
    report('type', '', base.kind, other.kind, other.idLine);
    return;
  }
  const theirs = new Map(facets(other).map((f) => [`${f.aspect}|${f.where}`, f]));
  for (const mine of facets(base)) {
    const their = theirs.get(`${mine.aspect}|${mine.where}`);
    if (!their || their.value === mine.value) continue;
    const line = (their.target && other.lines.get(their.target)) ?? other.idLine;
    report(mine.aspect, mine.where, mine.value, their.value, line);
  }
}
