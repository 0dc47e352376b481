import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { otherVersionKeys, progressKey, sameVersionKeys } from '../../../src/adapters/progress-store.js';

describe('otherVersionKeys: the same learner in other versions of the course, newest first', () => {
  const all = [
    progressKey('netral-asn', '1.0.0', 'nip1'),
    progressKey('netral-asn', '1.9.0', 'nip1'),
    progressKey('netral-asn', '1.10.0', 'nip1'),
    progressKey('netral-asn', '2.0.0', 'nip1'), // the current version
    progressKey('netral-asn', '1.5.0', 'nip2'), // another learner
    progressKey('kursus-lain', '1.0.0', 'nip1'), // another course
    `${progressKey('netral-asn', '1.2.0', 'nip1')}#tak-terbaca`, // an unreadable record kept aside
    progressKey('netral-asn', '1.1.0', ''), // the anonymous learner
  ];
  const cases: Array<[string, string, string[]]> = [
    ['nip1', '2.0.0', ['netral-asn@1.10.0:nip1', 'netral-asn@1.9.0:nip1', 'netral-asn@1.0.0:nip1']],
    ['nip2', '2.0.0', ['netral-asn@1.5.0:nip2']],
    ['', '2.0.0', ['netral-asn@1.1.0:anonim']],
    ['nip3', '2.0.0', []],
  ];
  for (const [learner, version, expected] of cases) {
    test(`learner "${learner || 'anonim'}" on ${version}`, () => {
      assert.deepEqual(otherVersionKeys(all, 'netral-asn', version, learner), expected);
    });
  }
});

describe('otherVersionKeys never takes another learner\'s or another course\'s record', () => {
  const all = [
    progressKey('netral-asn', '1.0.0', 'x:nip1'), // a learner id that ends like another's
    progressKey('netral-asn', '1.0.0', 'nip1@x'),
    progressKey('netral', '1.0.0', 'nip1'), // a course whose id starts another's
    progressKey('netral-asn-2', '1.0.0', 'nip1'),
    'netral-asn@1.0.0:nip1:', // a stray separator
    '42', // not a key of this format
  ];
  const cases: Array<[string, string, string[]]> = [
    ['nip1', 'netral-asn', []],
    ['x:nip1', 'netral-asn', ['netral-asn@1.0.0:x:nip1']],
    ['nip1@x', 'netral-asn', ['netral-asn@1.0.0:nip1@x']],
    ['nip1', 'netral', ['netral@1.0.0:nip1']],
  ];
  for (const [learner, course, expected] of cases) {
    test(`learner "${learner}" of ${course}`, () => {
      assert.deepEqual(otherVersionKeys(all, course, '2.0.0', learner), expected);
    });
  }
});

describe('sameVersionKeys: every learner of this course version, no other version or course', () => {
  test('keeps learners of netral-asn@1.0.0 only', () => {
    const all = [
      progressKey('netral-asn', '1.0.0', 'ayu'),
      progressKey('netral-asn', '1.0.0', ''),
      progressKey('netral-asn', '1.0.01', 'ayu'),
      progressKey('netral-asn', '1.0', 'ayu'),
      progressKey('netral-asn-2', '1.0.0', 'ayu'),
    ];
    assert.deepEqual(sameVersionKeys(all, 'netral-asn', '1.0.0'), ['netral-asn@1.0.0:ayu', 'netral-asn@1.0.0:anonim']);
  });
});
