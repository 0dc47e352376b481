/**
 * The SCORM path end to end, as a training unit's learners meet it: each built package's launch
 * page runs in an iframe under an LMS page where scorm-again is the LMS runtime, wrapped by a
 * strict validator (every value Moodle or the spec would reject is recorded). The learner takes
 * the course by keyboard, closes it mid-quiz, relaunches, and finishes; then we read what the LMS
 * holds. The same run repeats under LMS faults: nothing may be lost.
 */
import { expect } from '@open-wc/testing';
import { DemoLms, type LmsFault, type LmsVersion } from '../../demo/lms-host.js';
import { driveCourse, settle } from './course-driver.js';
import { until } from './user-input.js';
import { clearScormDevice, closeLaunch, launchPackage, storedLms } from './scorm-packages.js';

const VERSIONS: LmsVersion[] = ['1.2', '2004'];

function el(version: LmsVersion, v12: string, v2004: string): string {
  return version === '1.2' ? v12 : v2004;
}

/**
 * Takes the course with a close-and-relaunch in the middle of the quiz; `fault` is switched on
 * for the first part of the run (and off before the end) or, for "missing", for the first launch.
 */
async function takeWithRelaunch(version: LmsVersion, fault: LmsFault): Promise<DemoLms> {
  await clearScormDevice();
  const lms = new DemoLms(window);
  lms.fault = fault;
  let l = await launchPackage(lms, version);
  const first = await driveCourse(l.player, { stopAfterAnswers: 2 });
  expect(first.stopped, 'stopped mid-quiz').to.be.true;
  // The answers so far, as the player holds them.
  const quizBefore = l.player.shadowRoot!.querySelector('netral-quiz') as HTMLElement & { progress: { attempts: Array<{ responses: Record<string, unknown> }> } };
  const responsesBefore = structuredClone(quizBefore.progress.attempts.at(-1)!.responses);
  expect(Object.keys(responsesBefore)).to.have.length(2);
  await closeLaunch(l);

  lms.fault = 'none';
  l = await launchPackage(lms, version);
  // The learner lands where they were: the start screen offers to resume, then the quiz, with
  // every earlier answer kept.
  expect(l.player.shadowRoot!.textContent).to.contain('Lanjutkan belajar');
  const resumeBtn = [...l.player.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('Lanjutkan belajar'))!;
  resumeBtn.click();
  await settle(l.player);
  const quizAfter = l.player.shadowRoot!.querySelector('netral-quiz') as (HTMLElement & { progress: { attempts: Array<{ responses: Record<string, unknown> }> } }) | null;
  expect(quizAfter, 'resumed in the quiz').to.exist;
  expect(quizAfter!.progress.attempts.at(-1)!.responses).to.deep.equal(responsesBefore);

  const rest = await driveCourse(l.player);
  expect(rest.stopped).to.be.false;
  await closeLaunch(l);
  return lms;
}

function assertFinalLmsData(lms: DemoLms, version: LmsVersion): void {
  const { flat, interactions } = storedLms(lms, version);
  expect(lms.violations, 'values a strict LMS would reject').to.deep.equal([]);
  if (version === '1.2') {
    expect(flat['cmi.core.lesson_status']).to.equal('passed');
    expect(flat['cmi.core.score.raw']).to.equal('100');
    expect(flat['cmi.core.score.min']).to.equal('0');
    expect(flat['cmi.core.score.max']).to.equal('100');
    expect(flat['cmi.core.exit']).to.equal('');
    expect(flat['cmi.core.session_time']).to.match(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
  } else {
    expect(flat['cmi.completion_status']).to.equal('completed');
    expect(flat['cmi.success_status']).to.equal('passed');
    expect(flat['cmi.score.scaled']).to.equal('1');
    expect(flat['cmi.score.raw']).to.equal('100');
    expect(flat['cmi.exit']).to.equal('normal');
    expect(flat['cmi.session_time']).to.match(/^PT/);
  }
  const suspend = flat[el(version, 'cmi.suspend_data', 'cmi.suspend_data')] ?? '';
  expect(suspend.length).to.be.greaterThan(0).and.at.most(version === '1.2' ? 4096 : 64000);
  // The scenario's path: one interaction, the visited nodes from the start node.
  const paths = interactions.filter((i) => i.type === 'other' || i.type === 'performance');
  expect(paths, 'one scenario path').to.have.length(1);
  expect(paths[0]!.id).to.equal('jempol_ibu_siti.jalur');
  expect(paths[0]![el(version, 'student_response', 'learner_response')]).to.match(/^mulai>/);
  // One interaction per answered question (6 drawn), each right, ids unique.
  const questions = interactions.filter((i) => i.type !== 'other' && i.type !== 'performance');
  expect(questions, 'one interaction per answered question').to.have.length(6);
  expect(new Set(questions.map((i) => i.id)).size).to.equal(6);
  expect(questions.every((i) => i.result === 'correct')).to.be.true;
  // The score agrees with the interactions: every weighted answer right → 100.
  const weights = questions.reduce((n, i) => n + Number(i.weighting), 0);
  expect(weights).to.be.greaterThan(0);
}

describe('SCORM packages inside an LMS page (scorm-again + strict validator)', () => {
  for (const version of VERSIONS) {
    it(`SCORM ${version}: keyboard learner, close and relaunch mid-quiz, everything arrives`, async () => {
      const lms = await takeWithRelaunch(version, 'none');
      assertFinalLmsData(lms, version);
      expect(lms.launches[version]).to.equal(2);
    });

    for (const [mode, credit] of [['review', 'credit'], ['browse', 'credit'], ['normal', 'no-credit']] as const) {
      it(`SCORM ${version}: in ${mode} mode with ${credit}, no status or score is written`, async () => {
        await clearScormDevice();
        const lms = new DemoLms(window);
        lms.mode = mode;
        lms.credit = credit;
        const l = await launchPackage(lms, version);
        await driveCourse(l.player);
        await closeLaunch(l);
        const { flat } = storedLms(lms, version);
        expect(lms.violations).to.deep.equal([]);
        const statusWrites = lms.calls.filter((c) => /SetValue$/.test(c.call) && /lesson_status|completion_status|success_status|score\./.test(c.args[0] ?? ''));
        expect(statusWrites, 'status or score writes').to.deep.equal([]);
        // The LMS's own value stays (scorm-again, like the 1.2 conformance text, turns a browse
        // launch into "browsed" itself; the course wrote nothing, as asserted above).
        expect(flat[el(version, 'cmi.core.lesson_status', 'cmi.completion_status')]).to.be.oneOf(['not attempted', 'unknown', 'browsed']);
        // The learner's place is still kept for them.
        expect((flat['cmi.suspend_data'] ?? '').length).to.be.greaterThan(0);
      });
    }

    it(`SCORM ${version}: an LMS that fails for a while in the middle of a session loses nothing`, async () => {
      await clearScormDevice();
      const lms = new DemoLms(window);
      const l = await launchPackage(lms, version);
      await driveCourse(l.player, { stopAfterAnswers: 1 });
      lms.fault = 'false'; // every set and commit fails now
      await driveCourse(l.player, { stopAfterAnswers: 2 });
      expect(l.player.shadowRoot!.querySelector('.save')!.textContent).to.contain('Belum terkirim');
      lms.fault = 'throw'; // then the LMS vanishes
      await driveCourse(l.player, { stopAfterAnswers: 1 });
      lms.fault = 'none'; // and comes back: the rest of the course, then close
      await driveCourse(l.player);
      await until(() => l.player.shadowRoot!.querySelector('.save')?.textContent?.includes('Terkirim ke LMS'), 'sent to the LMS again', 15000);
      await closeLaunch(l);
      assertFinalLmsData(lms, version);
    });

    for (const fault of ['false', 'throw', 'missing'] as const) {
      it(`SCORM ${version}: an LMS that ${fault === 'false' ? 'answers "false"' : fault === 'throw' ? 'throws' : 'is missing at launch'} loses nothing`, async () => {
        const lms = await takeWithRelaunch(version, fault);
        assertFinalLmsData(lms, version);
      });
    }

    it(`SCORM ${version}: an LMS missing at a relaunch continues from this device and loses nothing`, async () => {
      await clearScormDevice();
      const lms = new DemoLms(window);
      let l = await launchPackage(lms, version);
      await driveCourse(l.player, { stopAfterAnswers: 1 });
      await closeLaunch(l);
      lms.fault = 'missing'; // the next launch finds no LMS, so no learner id
      l = await launchPackage(lms, version);
      expect(l.player.shadowRoot!.textContent, 'the learner resumes, not restarts').to.contain('Lanjutkan belajar');
      await driveCourse(l.player, { stopAfterAnswers: 2 });
      await closeLaunch(l);
      lms.fault = 'none';
      l = await launchPackage(lms, version);
      await driveCourse(l.player);
      await closeLaunch(l);
      assertFinalLmsData(lms, version);
    });
  }

  for (const version of VERSIONS) {
    it(`SCORM ${version}: the complete ASN course, from the pre-test to the pledge, arrives whole`, async () => {
      await clearScormDevice();
      const lms = new DemoLms(window);
      const l = await launchPackage(lms, version, 'asn');
      const run = await driveCourse(l.player);
      expect(run.stopped).to.be.false;
      expect(run.answered, 'pre-test 10 + post-test 20').to.equal(30);
      await closeLaunch(l);
      const { flat, interactions } = storedLms(lms, version);
      expect(lms.violations, 'values a strict LMS would reject').to.deep.equal([]);
      if (version === '1.2') {
        expect([flat['cmi.core.lesson_status'], flat['cmi.core.score.raw'], flat['cmi.core.exit']]).to.deep.equal(['passed', '100', '']);
      } else {
        expect([flat['cmi.completion_status'], flat['cmi.success_status'], flat['cmi.score.scaled'], flat['cmi.exit']]).to.deep.equal(['completed', 'passed', '1', 'normal']);
      }
      const byKind = (test: (i: Record<string, string>) => boolean) => interactions.filter(test);
      const paths = byKind((i) => /\.jalur$/.test(i.id ?? ''));
      const pledge = byKind((i) => i.id === 'ikrar_netralitas.ikrar');
      const answers = byKind((i) => !/\.jalur$/.test(i.id ?? '') && i.id !== 'ikrar_netralitas.ikrar');
      expect(paths, 'one path per scenario').to.have.length(8);
      expect(pledge, 'the affirmed pledge').to.have.length(1);
      expect(pledge[0]![el(version, 'student_response', 'learner_response')]).to.equal(version === '1.2' ? 't' : 'true');
      expect(answers, 'one interaction per answered question').to.have.length(30);
      expect(new Set(answers.map((i) => i.id)).size).to.equal(30);
      const suspend = flat['cmi.suspend_data'] ?? '';
      expect(suspend.length).to.be.greaterThan(0).and.at.most(1000);
    });
  }
});
