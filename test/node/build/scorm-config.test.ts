/**
 * The parts of the SCORM build that need no bundle: profiles and the launch settings, the launch
 * page, the suspend-data budget arithmetic, and the vendored schema files.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { BuiltCourse, CourseData } from '../../../src/core/course.js';
import { loadCourse } from '../../../src/build/load-course.js';
import { PROFILES, SCORM_PROFILES, scoConfig, type ScoConfig } from '../../../src/build/scorm/config.js';
import { launchPage } from '../../../src/build/scorm/launch-page.js';
import { SCHEMA_DIRS, SCHEMA_ROOT } from '../../../src/build/scorm/schemas.js';
import { suspendBudget } from '../../../src/build/scorm/suspend-budget.js';
import { jsonForScriptBlock, truncateText } from '../../../src/build/scorm/xml.js';
import { FIXTURE } from './fixture-course.js';

let course: BuiltCourse;
before(async () => {
  course = (await loadCourse(FIXTURE)).course!;
});

describe('profiles and launch settings', () => {
  it('write what each LMS needs', () => {
    const table = Object.fromEntries(
      SCORM_PROFILES.flatMap((profile) =>
        (['1.2', '2004'] as const).map((v) => {
          const c = scoConfig(v, profile, 80);
          return [`${profile} ${v}`, [c.commitDebounceMs, c.commitBeforeTerminate, c.navRequestOnExit, c.keepAliveMinutes, c.suspendDataLimit]];
        }),
      ),
    );
    assert.deepEqual(table, {
      'moodle 1.2': [2000, true, false, 0, 4096],
      'moodle 2004': [2000, true, false, 0, 64000],
      'scormcloud 1.2': [2000, true, false, 0, 4096], // adl.nav.request exists in 2004 only
      'scormcloud 2004': [2000, true, true, 0, 64000],
      'successfactors 1.2': [500, true, false, 15, 4096],
      'successfactors 2004': [500, true, false, 15, 64000],
      'cornerstone 1.2': [2000, false, false, 0, 4096],
      'cornerstone 2004': [2000, false, false, 0, 64000],
    });
  });

  it('keep the SuccessFactors keep-alive under its 30-minute session timeout', () => {
    assert.ok(PROFILES.successfactors.keepAliveMinutes > 0 && PROFILES.successfactors.keepAliveMinutes < 30);
  });

  it('recommend 1.2 for Moodle and 2004 elsewhere', () => {
    assert.deepEqual(
      SCORM_PROFILES.map((p) => PROFILES[p].recommendedVersion),
      ['1.2', '2004', '2004', '2004'],
    );
  });

  it('hold exactly the documented fields', () => {
    const config: ScoConfig = scoConfig('2004', 'scormcloud', 72.5);
    assert.deepEqual(Object.keys(config).sort(), [
      'commitBeforeTerminate', 'commitDebounceMs', 'format', 'keepAliveMinutes', 'navRequestOnExit', 'passMark', 'profile', 'scormVersion', 'suspendDataLimit',
    ]);
    assert.equal(config.passMark, 72.5);
    assert.equal(config.format, 1);
  });
});

describe('launch page', () => {
  it('keeps course text that looks like markup inside its JSON block', () => {
    const data = course.byLang.id!;
    const tricky: BuiltCourse = {
      ...course,
      byLang: { ...course.byLang, id: { ...data, title: 'A </script><script>alert(1)</script> & <!-- "B"', descriptionHtml: '<p>\u2028</p>' } },
    };
    const html = launchPage({ course: tricky, config: scoConfig('1.2', 'moodle', 80), noscript: 'Aktifkan JavaScript.' });
    assert.equal([...html.matchAll(/<script\b/g)].length, 3, 'no script element comes from the content');
    assert.equal([...html.matchAll(/<\/script>/g)].length, 3);
    assert.ok(!html.includes('<!--'));
    assert.match(html, /<title>A &lt;\/script&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; &lt;!-- &quot;B&quot;<\/title>/);
    const block = /<script type="application\/json" id="netral-course">([^<]*)<\/script>/.exec(html)![1]!;
    assert.deepEqual(JSON.parse(block), JSON.parse(JSON.stringify(tricky)));
  });

  it('takes its lang from the course default language', () => {
    const english: BuiltCourse = { ...course, languages: ['en', 'id'] };
    assert.match(launchPage({ course: english, config: scoConfig('2004', 'moodle', 80), noscript: 'x' }), /<html lang="en">[\s\S]*<title>ASN Neutrality \(mini course\)<\/title>/);
  });

  it('jsonForScriptBlock round-trips any text', () => {
    const value = { a: '</script>', b: '<!-- -->', c: '\u2028\u2029', d: 'Hak pilih — 投票 🗳️' };
    const text = jsonForScriptBlock(value);
    assert.doesNotMatch(text, /<|\u2028|\u2029/);
    assert.deepEqual(JSON.parse(text), value);
  });

  it('truncateText counts characters, not UTF-16 units', () => {
    assert.equal(truncateText('🗳️🗳️🗳️', 10), '🗳️🗳️🗳️');
    assert.equal(truncateText('abcdef', 4), 'abc…');
  });
});

describe('suspend-data budget', () => {
  const cost = { lesson: 10, scenario: 20, quiz: 4100 } as const;
  const measure = (data: CourseData) => 50 + Object.values(data.items).reduce((n, item) => n + cost[item.kind], 0);

  it('compares the worst case with each version limit', () => {
    assert.deepEqual(suspendBudget(course, '2004', measure), { version: '2004', length: 4180, limit: 64000, fits: true, largest: [] });
    const over = suspendBudget(course, '1.2', measure);
    assert.equal(over.fits, false);
    assert.deepEqual(over.largest, [
      { file: 'quizzes/kuis-akhir.id.md', length: 4100 },
      { file: 'scenarios/unggahan-calon.id.md', length: 20 },
      { file: 'lessons/mengapa-netral.id.md', length: 10 },
    ]);
  });

  it('fits at exactly the limit, and takes the largest language', () => {
    assert.equal(suspendBudget(course, '1.2', () => 4096).fits, true);
    assert.equal(suspendBudget(course, '1.2', () => 4097).fits, false);
    const byLang = (data: CourseData) => (data.lang === 'en' ? 5000 : 100);
    assert.equal(suspendBudget(course, '1.2', byLang).length, 5000);
  });

  it('still reports the total when the measure refuses a course without one item', () => {
    const picky = (data: CourseData) => {
      if (Object.keys(data.items).length < 3) throw new RangeError('incomplete course');
      return 9000;
    };
    assert.deepEqual(suspendBudget(course, '1.2', picky), { version: '1.2', length: 9000, limit: 4096, fits: false, largest: [] });
  });
});

describe('vendored schemas', () => {
  it('match SHA256SUMS byte for byte (CRLF line ends included)', async () => {
    const sums = (await readFile(join(SCHEMA_ROOT, 'SHA256SUMS'), 'utf8')).trim().split('\n').map((l) => l.split(/\s+/));
    const listed = sums.map(([, file]) => file!).sort();
    const present = (
      await Promise.all(Object.values(SCHEMA_DIRS).map(async (dir) => (await readdir(join(SCHEMA_ROOT, dir))).map((f) => `${dir}/${f}`)))
    ).flat().sort();
    assert.deepEqual(present, listed);
    for (const [hash, file] of sums) {
      assert.equal(createHash('sha256').update(await readFile(join(SCHEMA_ROOT, file!))).digest('hex'), hash, file);
    }
  });
});
