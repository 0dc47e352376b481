/**
 * Scenario bodies (`type: scenario`): the intro, then one `## node-id` section per node. A node
 * ends with a list of choices (`- text -> target`), or it is an ending that starts with a
 * ```yaml block (`ending: good|mixed|bad`, optional `score`).
 */
import type { Token, Tokens } from 'marked';
import type { Scenario, ScenarioChoice, ScenarioNode } from '../core/course.js';
import type { FileContext } from './content-file.js';
import { closestId, letterId, slugify } from './ids.js';
import { blocks, citedSources, isYamlBlock, splitSections } from './markdown.js';
import { ENDING_OUTCOMES, ID_PATTERN, KNOWN_FIELDS } from './schema.js';
import { Fields, YamlBlock } from './yaml-fields.js';

type ItemBase = Pick<Scenario, 'id' | 'moduleId' | 'title' | 'minutes' | 'file'>;

/** `text -> target` at the end of a choice's first paragraph. */
const ARROW = /^([\s\S]*?)\s*->\s*(\S+)\s*$/;

export function parseScenario(ctx: FileContext, tokens: Token[], base: ItemBase): Scenario {
  const { md, problems, file, lines } = ctx;
  const { before, sections } = splitSections(tokens);
  const nodes: Record<string, ScenarioNode> = {};
  const order: ScenarioNode[] = [];

  for (const section of sections) {
    const line = md.lineOf(section.heading);
    if (!ID_PATTERN.test(section.id)) {
      problems.add('invalid-id', { file, line, field: '##' }, { field: '##', value: section.id, suggestion: slugify(section.id) });
      continue;
    }
    if (nodes[section.id]) {
      problems.add('duplicate-id', { file, line, field: '##' }, { kind: 'node', id: section.id, first: `${file}:${lines.get(nodes[section.id]!)}` });
      continue;
    }
    const node = parseNode(ctx, section.id, line, blocks(section.tokens));
    lines.set(node, line);
    nodes[node.id] = node;
    order.push(node);
  }

  const start = order[0]?.id ?? '';
  if (order.length === 0) {
    problems.add('scenario-without-nodes', { file, line: ctx.idLine }, {});
  } else {
    checkGraph(ctx, nodes, order, start);
  }

  const scores = order.flatMap((n) => (n.ending ? [n.ending.score] : []));
  return {
    ...base,
    kind: 'scenario',
    introHtml: md.render(before),
    start,
    nodes,
    maxScore: Math.max(0, ...scores),
  };
}

function parseNode(ctx: FileContext, id: string, headingLine: number, content: Token[]): ScenarioNode {
  const { md, problems, file, lines } = ctx;
  const first = content[0];
  if (isYamlBlock(first)) {
    const codeLine = md.lineOf(first);
    const block = YamlBlock.parse({ file, text: first.text, firstLine: codeLine + 1 }, problems);
    const fields = block ? Fields.ofRoot(block, '```yaml', codeLine, problems) : undefined;
    const outcome = fields?.oneOf('ending', ENDING_OUTCOMES, { required: true });
    const score = fields?.number('score', { min: 0 });
    fields?.rejectUnknown(KNOWN_FIELDS.ending);
    const rest = content.slice(1);
    const last = rest.at(-1);
    if (last?.type === 'list' && (last as Tokens.List).items.some((item) => ARROW.test(firstText(item)))) {
      problems.add('ending-with-choices', { file, line: md.lineOf(last) }, { node: id });
    }
    return {
      id,
      html: md.render(rest),
      choices: [],
      ending: { outcome: outcome ?? 'bad', score: score ?? 0, cites: citedSources(rest) },
    };
  }

  const last = content.at(-1);
  if (last?.type !== 'list') {
    problems.add('node-without-choices', { file, line: headingLine }, { node: id });
    return { id, html: md.render(content), choices: [] };
  }
  const choices: ScenarioChoice[] = [];
  (last as Tokens.List).items.forEach((item, i) => {
    const line = md.lineOf(item);
    const itemBlocks = blocks(item.tokens.filter((t) => t.type !== 'checkbox'));
    const m = ARROW.exec(firstText(item));
    if (!m) {
      problems.add('choice-without-arrow', { file, line }, { node: id });
      return;
    }
    const choice: ScenarioChoice = {
      id: letterId(i),
      html: md.renderInline(md.lexInline(m[1] ?? '', line)),
      feedbackHtml: md.renderUnwrapped(itemBlocks.slice(1)),
      next: m[2] ?? '',
    };
    lines.set(choice, line);
    choices.push(choice);
  });
  return { id, html: md.render(content.slice(0, -1)), choices };
}

/** Raw text of a list item's first paragraph, without a task checkbox. */
function firstText(item: Tokens.ListItem): string {
  const first = blocks(item.tokens.filter((t) => t.type !== 'checkbox'))[0];
  if (!first || (first.type !== 'text' && first.type !== 'paragraph')) return '';
  return first.raw.replace(/^\s*\[[ xX]\]\s+/, '').trimEnd();
}

function checkGraph(ctx: FileContext, nodes: Record<string, ScenarioNode>, order: ScenarioNode[], start: string): void {
  const { problems, file, lines } = ctx;
  for (const node of order) {
    for (const choice of node.choices) {
      if (!nodes[choice.next]) {
        problems.add(
          'unknown-branch-target',
          { file, line: lines.get(choice) ?? ctx.idLine },
          { node: node.id, target: choice.next, suggestion: closestId(choice.next, Object.keys(nodes)) },
        );
      }
    }
  }
  const reached = new Set<string>([start]);
  const queue = [start];
  for (let next = 0; next < queue.length; next++) {
    for (const choice of nodes[queue[next]!]?.choices ?? []) {
      if (nodes[choice.next] && !reached.has(choice.next)) {
        reached.add(choice.next);
        queue.push(choice.next);
      }
    }
  }
  for (const node of order) {
    if (!reached.has(node.id)) problems.add('unreachable-node', { file, line: lines.get(node) ?? ctx.idLine }, { node: node.id, start });
  }
  if (!order.some((n) => n.ending)) problems.add('no-ending', { file, line: ctx.idLine }, {});
  checkCycles(ctx, nodes, start);
}

/**
 * A choice that leads back to a node already on the way from the start closes a loop: the story
 * could go round forever, the learner's recorded path would have no bound (it must fit SCORM
 * suspend data), and "Coba jalur lain" already restarts the scenario. Reports each choice that
 * closes a loop, on its line (depth-first from the start, choices in source order).
 */
function checkCycles(ctx: FileContext, nodes: Record<string, ScenarioNode>, start: string): void {
  const { problems, file, lines } = ctx;
  if (!nodes[start]) return;
  const done = new Set<string>();
  // The walk keeps its own stack (a chain of 10,000 nodes would exhaust the call stack): the
  // path from the start, each node with the index of its next choice to follow.
  const path: string[] = [start];
  const onPath = new Map<string, number>([[start, 0]]);
  const nextChoice: number[] = [0];
  while (path.length > 0) {
    const depth = path.length - 1;
    const id = path[depth]!;
    const choice = nodes[id]?.choices[nextChoice[depth]!];
    if (!choice) {
      path.pop();
      nextChoice.pop();
      onPath.delete(id);
      done.add(id);
      continue;
    }
    nextChoice[depth]!++;
    if (!nodes[choice.next] || done.has(choice.next)) continue;
    const at = onPath.get(choice.next);
    if (at !== undefined) {
      problems.add('scenario-cycle', { file, line: lines.get(choice) ?? ctx.idLine }, { node: id, target: choice.next, path: loopPath(path, at) });
    } else {
      onPath.set(choice.next, path.length);
      path.push(choice.next);
      nextChoice.push(0);
    }
  }
}

/** Most nodes a reported loop keeps (a chain of 10,000 nodes, each going back, would hold millions). */
const MAX_LOOP_NODES = 21;

/** The loop from `path[at]` to the end of the path; a long one keeps its ends around "…". */
function loopPath(path: readonly string[], at: number): string[] {
  if (path.length - at <= MAX_LOOP_NODES) return path.slice(at);
  const half = (MAX_LOOP_NODES - 1) / 2;
  return [...path.slice(at, at + half), '…', ...path.slice(path.length - half)];
}
