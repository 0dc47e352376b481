/**
 * The complete ASN neutrality course in content/: it passes the check, and it covers what the
 * course promises (docs: content/README.md; issue "The complete ASN neutrality course").
 * These are content-coverage checks the schema cannot make: every module in both languages,
 * at least 80 questions with resolving citations, judgement questions the majority, every
 * category of prohibited behaviour from the fact sheet's §4 catalogue covered, a pre-test and a
 * post-test whose pools never overlap, a pledge, a sources page that lists every source, and
 * suspend data within the 1,000-character target.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { BuiltCourse, CourseData, Lesson, Question, Quiz } from '../../../src/core/course.js';
import { loadCourse } from '../../../src/build/load-course.js';
import { isEligible } from '../../../src/core/quiz.js';
import { worstCaseSuspendLength } from '../../../src/core/suspend-codec.js';

const COURSE_DIR = fileURLToPath(new URL(`../../../${process.env.NETRAL_ASN_COURSE_DIR ?? 'content'}`, import.meta.url));

/**
 * The categories of the fact sheet's §4 catalogue, as the question tags that mark them. Each
 * must be covered by at least one question.
 */
const CATEGORIES: Record<string, string> = {
  'kat-media-sosial': 'social media: post, comment, share, like, follow, join, photos with symbols',
  'kat-stiker-wa': 'WhatsApp stickers or emoticons with a participant symbol',
  'kat-hadir': 'attending declarations, campaigns, party events',
  'kat-panitia-tim': 'committee, organiser or registered campaign team',
  'kat-ahli-konsultan': 'expert, consultant or winning-team member',
  'kat-atribut': 'campaigning with uniform or attributes',
  'kat-fasilitas': 'using state facilities',
  'kat-mobilisasi': 'mobilising other ASN',
  'kat-apk': 'banners, billboards, campaign props',
  'kat-keputusan': 'decisions or programmes benefiting or harming a candidate',
  'kat-kegiatan-partisan': 'partisan meetings, appeals, gifts',
  'kat-ktp': 'KTP support letters',
  'kat-pasangan': 'spouse who is a candidate',
  'kat-partai': 'party membership or office',
  'kat-pencalonan': 'running for office, approaching a party without leave',
  'kat-narasumber': 'speaker at a party event',
  'kat-pendanaan': 'funding a participant',
  'kat-non-asn': 'non-ASN government staff',
};

let built: BuiltCourse;
let id: CourseData;
let questions: Question[];

before(async () => {
  const result = await loadCourse(COURSE_DIR);
  assert.deepEqual(result.problems, [], 'netral check reports no problem');
  built = result.course!;
  id = built.byLang.id!;
  questions = Object.values(id.banks).flatMap((bank) => bank.questionIds.map((qid) => bank.questions[qid]!));
});

const quizzes = () => Object.values(id.items).filter((item): item is Quiz => item.kind === 'quiz');
const lessons = () => Object.values(id.items).filter((item): item is Lesson => item.kind === 'lesson');

describe('the ASN course in content/', () => {
  it('is in Bahasa Indonesia first and English, with every module and item in both', () => {
    assert.deepEqual(built.languages, ['id', 'en']);
    const en = built.byLang.en!;
    assert.deepEqual(en.modules.map((m) => [m.id, m.itemIds]), id.modules.map((m) => [m.id, m.itemIds]));
    assert.ok(id.modules.length >= 9, `${id.modules.length} modules`);
    for (const module of en.modules) assert.notEqual(module.title, id.modules.find((m) => m.id === module.id)!.title, `module ${module.id} has an English title`);
  });

  it('takes 60 to 90 minutes, and no module more than 15', () => {
    assert.ok(id.minutes >= 60 && id.minutes <= 90, `${id.minutes} minutes`);
    for (const module of id.modules) {
      const minutes = module.itemIds.reduce((sum, itemId) => sum + id.items[itemId]!.minutes, 0);
      assert.ok(minutes <= 15, `${module.id}: ${minutes} minutes`);
    }
  });

  it('has at least 80 questions, each citing a source that resolves, in every language', () => {
    assert.ok(questions.length >= 80, `${questions.length} questions`);
    for (const data of Object.values(built.byLang)) {
      for (const bank of Object.values(data.banks)) {
        for (const question of Object.values(bank.questions)) {
          assert.ok(question.cites.length > 0, `${bank.id}/${question.id} cites a source`);
          for (const source of question.cites) assert.ok(data.sources[source], `${bank.id}/${question.id}: source ${source}`);
          assert.ok(question.options.every((o) => o.feedbackHtml.trim() !== '' || question.type === 'ordering' || question.type === 'matching'), `${question.id}: feedback on every option`);
        }
      }
    }
  });

  it('uses every question type, with judgement questions the majority', () => {
    const byType = new Map<string, number>();
    for (const q of questions) byType.set(q.type, (byType.get(q.type) ?? 0) + 1);
    for (const type of ['single', 'multiple', 'truefalse', 'judgement', 'ordering', 'matching']) assert.ok(byType.get(type), `some ${type} question`);
    assert.ok(byType.get('judgement')! > questions.length / 2, `${byType.get('judgement')} of ${questions.length} are judgement questions`);
    assert.ok(questions.some((q) => q.type === 'judgement' && q.options.find((o) => o.correct)?.id === 'tergantung'), 'some situations are taught as "tergantung"');
  });

  it('covers every category of the fact sheet catalogue (§4) with at least one question', () => {
    const tags = new Set(questions.flatMap((q) => q.tags));
    const missing = Object.entries(CATEGORIES).filter(([tag]) => !tags.has(tag)).map(([tag, what]) => `${tag} (${what})`);
    assert.deepEqual(missing, []);
  });

  it('tags every question with the module it belongs to, so a failed post-test points back to it', () => {
    const moduleIds = new Set(id.modules.map((m) => m.id));
    const untagged = questions.filter((q) => !q.tags.some((tag) => moduleIds.has(tag))).map((q) => q.id);
    assert.deepEqual(untagged, []);
  });

  it('has a pre-test of 10 and a graded post-test of 20 at 80%, whose pools never overlap', () => {
    const pre = quizzes().filter((q) => q.role === 'pretest');
    const post = quizzes().filter((q) => q.role === 'posttest');
    assert.equal(pre.length, 1);
    assert.equal(post.length, 1);
    const count = (quiz: Quiz) => quiz.draw.reduce((sum, rule) => sum + rule.count, 0);
    assert.deepEqual([count(pre[0]!), count(post[0]!), post[0]!.passMark, post[0]!.graded, pre[0]!.graded], [10, 20, 80, true, false]);
    const pool = (quiz: Quiz) =>
      new Set(quiz.draw.flatMap((rule) => Object.values(id.banks[rule.bank]!.questions).filter((q) => isEligible(q, rule)).map((q) => `${q.bankId}/${q.id}`)));
    const prePool = pool(pre[0]!);
    const shared = [...pool(post[0]!)].filter((key) => prePool.has(key));
    assert.deepEqual(shared, [], 'no question can be drawn by both');
  });

  it('every scenario has several endings, a good one and a bad one', () => {
    const scenarios = Object.values(id.items).filter((item) => item.kind === 'scenario');
    assert.ok(scenarios.length >= 8, `${scenarios.length} scenarios`);
    for (const scenario of scenarios) {
      if (scenario.kind !== 'scenario') continue;
      const outcomes = Object.values(scenario.nodes).flatMap((node) => (node.ending ? [node.ending.outcome] : []));
      assert.ok(outcomes.length >= 2 && outcomes.includes('good') && outcomes.includes('bad'), `${scenario.id}: ${outcomes.join(', ')}`);
    }
  });

  it('ends with a neutrality pledge the learner affirms', () => {
    const pledges = lessons().filter((lesson) => lesson.affirm);
    assert.equal(pledges.length, 1);
    assert.ok(built.byLang.en!.items[pledges[0]!.id]!.kind === 'lesson');
  });

  it('has a glossary and a sources page that cites every source', () => {
    const glossary = id.items.glosarium;
    assert.equal(glossary?.kind, 'lesson');
    const sources = id.items.sumber;
    assert.equal(sources?.kind, 'lesson');
    if (sources?.kind !== 'lesson') return;
    const uncited = Object.keys(id.sources).filter((sourceId) => !sources.cites.includes(sourceId));
    assert.deepEqual(uncited, []);
  });

  it('keeps the worst-case suspend data within 1,000 characters', () => {
    const worst = worstCaseSuspendLength(id);
    assert.ok(worst <= 1000, `worst case ${worst} characters`);
  });
});
