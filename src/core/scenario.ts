/**
 * Branching scenarios: walking the recorded choices from the start node, taking a choice,
 * and the outcome. The progress stores only choice ids; the node path is derived from them.
 * Pure functions; progress is never mutated.
 */
import type { Scenario, ScenarioChoice, ScenarioNode } from './course.js';
import type { ScenarioProgress } from './state.js';

export type ScenarioErrorCode = 'unknown-choice' | 'scenario-done' | 'broken-scenario';

/** Thrown when a scenario action is not allowed, or the scenario data is broken. */
export class ScenarioError extends Error {
  readonly code: ScenarioErrorCode;

  constructor(code: ScenarioErrorCode, message: string = code) {
    super(message);
    this.name = 'ScenarioError';
    this.code = code;
  }
}

/** One visited node and, except for the last step (the current node), the choice taken there. */
export interface ScenarioStep {
  node: ScenarioNode;
  choice?: ScenarioChoice;
}

export interface ScenarioScore {
  /** Points of the ending reached; 0 before an ending. */
  score: number;
  /** `scenario.maxScore` (0 when the scenario is not scored). */
  max: number;
  /** The ending's outcome, once an ending is reached. */
  outcome?: 'good' | 'mixed' | 'bad';
}

/** An ending is a node without choices. */
export function isEnding(node: ScenarioNode): boolean {
  return node.choices.length === 0;
}

function startNode(scenario: Scenario): ScenarioNode {
  const node = scenario.nodes[scenario.start];
  if (!node) {
    throw new ScenarioError('broken-scenario', `Scenario "${scenario.id}" has no start node "${scenario.start}".`);
  }
  return node;
}

/**
 * The nodes visited from the start, following the recorded choice ids. Every step but the
 * last carries the choice taken; the last step is the current node. A choice id that the
 * node does not have (or whose target is missing) stops the walk there. Throws ScenarioError
 * 'broken-scenario' only when the start node is missing.
 */
export function scenarioPath(scenario: Scenario, progress: ScenarioProgress | undefined): ScenarioStep[] {
  const steps: ScenarioStep[] = [];
  let node = startNode(scenario);
  for (const choiceId of progress?.choices ?? []) {
    const choice = node.choices.find((candidate) => candidate.id === choiceId);
    const next = choice ? scenario.nodes[choice.next] : undefined;
    if (!choice || !next) break;
    steps.push({ node, choice });
    node = next;
  }
  steps.push({ node });
  return steps;
}

/** The node the learner is on (the last step of the path). */
export function currentNode(scenario: Scenario, progress: ScenarioProgress | undefined): ScenarioNode {
  const path = scenarioPath(scenario, progress);
  // scenarioPath always returns at least the start step.
  return (path[path.length - 1] as ScenarioStep).node;
}

/**
 * Takes a choice of the current node and returns the new progress (done when its target is
 * an ending). Recorded choices that do not walk (see scenarioPath) are dropped. Throws
 * ScenarioError 'scenario-done' when an ending is already reached, 'unknown-choice' when the
 * current node has no such choice, 'broken-scenario' when the choice's target is missing.
 */
export function chooseOption(
  scenario: Scenario,
  progress: ScenarioProgress | undefined,
  choiceId: string,
): ScenarioProgress {
  const path = scenarioPath(scenario, progress);
  const node = (path[path.length - 1] as ScenarioStep).node;
  if (isEnding(node)) {
    throw new ScenarioError('scenario-done', `Scenario "${scenario.id}" has already reached an ending.`);
  }
  const choice = node.choices.find((candidate) => candidate.id === choiceId);
  if (!choice) {
    throw new ScenarioError('unknown-choice', `Node "${node.id}" has no choice "${choiceId}".`);
  }
  const next = scenario.nodes[choice.next];
  if (!next) {
    throw new ScenarioError('broken-scenario', `Choice "${choiceId}" of node "${node.id}" leads to a missing node.`);
  }
  const taken = path.flatMap((step) => (step.choice ? [step.choice.id] : []));
  return { choices: [...taken, choiceId], done: (progress?.done ?? false) || isEnding(next) };
}

/** Progress for a scenario started over: no choices, not done. */
export function restartScenario(previous?: ScenarioProgress): ScenarioProgress {
  // Exploring another path never un-finishes a scenario the learner already finished.
  return { choices: [], done: previous?.done ?? false };
}

/** The score and outcome of the ending reached (score 0 and no outcome before an ending). */
export function scenarioScore(scenario: Scenario, progress: ScenarioProgress | undefined): ScenarioScore {
  const ending = currentNode(scenario, progress).ending;
  return ending
    ? { score: ending.score, max: scenario.maxScore, outcome: ending.outcome }
    : { score: 0, max: scenario.maxScore };
}
