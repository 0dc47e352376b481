import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Scenario } from '../../../src/core/course.js';
import type { ScenarioProgress } from '../../../src/core/state.js';
import {
  ScenarioError,
  chooseOption,
  currentNode,
  restartScenario,
  scenarioPath,
  scenarioScore,
  type ScenarioErrorCode,
  type ScenarioScore,
} from '../../../src/core/scenario.js';
import { makeScenario } from './fixture.js';

// mulai --a--> suka (bad, 0) | mulai --b--> tanya --a--> aman (good, 2) | tanya --b--> suka
const scenario = makeScenario();

function progress(choices: string[], done = false): ScenarioProgress {
  return { choices, done };
}

/** The path as "node:choice" strings, the last one without a choice. */
function walk(p: ScenarioProgress | undefined): string[] {
  return scenarioPath(scenario, p).map((step) => (step.choice ? `${step.node.id}:${step.choice.id}` : step.node.id));
}

function assertScenarioError(action: () => unknown, code: ScenarioErrorCode): void {
  assert.throws(action, (error: unknown) => error instanceof ScenarioError && error.code === code);
}

describe('scenarioPath and currentNode', () => {
  const cases: Array<[string, ScenarioProgress | undefined, string[]]> = [
    ['no progress', undefined, ['mulai']],
    ['no choices', progress([]), ['mulai']],
    ['straight to a bad ending', progress(['a'], true), ['mulai:a', 'suka']],
    ['one step', progress(['b']), ['mulai:b', 'tanya']],
    ['to the good ending', progress(['b', 'a'], true), ['mulai:b', 'tanya:a', 'aman']],
    ['to the bad ending the long way', progress(['b', 'b'], true), ['mulai:b', 'tanya:b', 'suka']],
    ['an unknown choice stops the walk', progress(['b', 'zz', 'a']), ['mulai:b', 'tanya']],
    ['choices after an ending are ignored', progress(['a', 'a', 'b']), ['mulai:a', 'suka']],
  ];
  for (const [name, p, expected] of cases) {
    test(name, () => {
      assert.deepEqual(walk(p), expected);
      assert.equal(currentNode(scenario, p).id, expected.at(-1));
    });
  }

  test('a choice whose target is missing stops the walk', () => {
    const broken: Scenario = structuredClone(scenario);
    const choice = broken.nodes.mulai?.choices[1];
    if (choice) choice.next = 'gone';
    assert.deepEqual(
      scenarioPath(broken, progress(['b', 'a'])).map((step) => step.node.id),
      ['mulai'],
    );
  });

  test('a missing start node is a broken scenario', () => {
    assertScenarioError(() => scenarioPath({ ...scenario, start: 'nope' }, undefined), 'broken-scenario');
  });
});

describe('chooseOption', () => {
  const cases: Array<[string, ScenarioProgress | undefined, string, ScenarioProgress]> = [
    ['first choice from no progress', undefined, 'b', progress(['b'])],
    ['a choice leading to an ending sets done', undefined, 'a', progress(['a'], true)],
    ['appends to the recorded choices', progress(['b']), 'a', progress(['b', 'a'], true)],
    ['the long way to the bad ending', progress(['b']), 'b', progress(['b', 'b'], true)],
    ['drops recorded choices that do not walk', progress(['b', 'zz']), 'a', progress(['b', 'a'], true)],
  ];
  for (const [name, before, choiceId, expected] of cases) {
    test(name, () => {
      const frozen = before && Object.freeze({ ...before, choices: Object.freeze([...before.choices]) as string[] });
      assert.deepEqual(chooseOption(scenario, frozen, choiceId), expected);
    });
  }

  const errorCases: Array<[string, ScenarioProgress | undefined, string, ScenarioErrorCode]> = [
    ['an unknown choice', undefined, 'zz', 'unknown-choice'],
    ['a choice of another node', progress(['b']), 'c', 'unknown-choice'],
    ['after an ending', progress(['a'], true), 'a', 'scenario-done'],
    ['at an ending not yet flagged done', progress(['b', 'a']), 'a', 'scenario-done'],
  ];
  for (const [name, before, choiceId, code] of errorCases) {
    test(`throws ${code} for ${name}`, () => {
      assertScenarioError(() => chooseOption(scenario, before, choiceId), code);
    });
  }
});

describe('restartScenario', () => {
  test('gives empty progress that starts at the start node', () => {
    assert.deepEqual(restartScenario(), { choices: [], done: false });
    assert.equal(currentNode(scenario, restartScenario()).id, 'mulai');
  });
  test('keeps a finished scenario finished, and the learner can walk again', () => {
    const again = restartScenario(progress(['a'], true));
    assert.deepEqual(again, { choices: [], done: true });
    assert.deepEqual(chooseOption(scenario, again, 'b'), { choices: ['b'], done: true });
  });
});

describe('scenarioScore', () => {
  const cases: Array<[string, ScenarioProgress | undefined, ScenarioScore]> = [
    ['not started', undefined, { score: 0, max: 2 }],
    ['midway', progress(['b']), { score: 0, max: 2 }],
    ['good ending', progress(['b', 'a'], true), { score: 2, max: 2, outcome: 'good' }],
    ['bad ending', progress(['a'], true), { score: 0, max: 2, outcome: 'bad' }],
    ['bad ending the long way', progress(['b', 'b'], true), { score: 0, max: 2, outcome: 'bad' }],
  ];
  for (const [name, p, expected] of cases) {
    test(name, () => assert.deepEqual(scenarioScore(scenario, p), expected));
  }
});
