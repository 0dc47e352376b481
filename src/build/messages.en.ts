/**
 * Build messages in English (the second language). Each message says what is wrong; each hint
 * says what to do. Written for training staff, not developers.
 */
import type { ErrorCode } from 'yaml';
import type { BuildMessages, Expectation, ProblemMessages, StructureAspect } from './messages.js';
import { messageNumbers, PROFILE_NAMES } from './number-format.js';

const q = (s: string | number): string => `"${s}"`;

function list(values: readonly string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} and ${values[values.length - 1]}`;
}


function expectation(e: Expectation): string {
  switch (e.kind) {
    case 'text':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'list':
      return 'a list (lines starting with "- ")';
    case 'map':
      return 'a set of "name: value" fields';
    case 'text-list':
      return 'a list of words, e.g. [media-sosial, like]';
    case 'per-language':
      return `a text for each course language, e.g. { ${e.languages.map((l) => `${l}: …`).join(', ')} }`;
    case 'one-of':
      return `one of ${e.values.join(', ')}`;
    case 'range':
      return `a${e.integer ? ' whole' : ''} number from ${e.min} to ${e.max}`;
    case 'at-least':
      return `a${e.integer ? ' whole' : ''} number of ${e.min} or more`;
    case 'above':
      return `a number above ${e.min}`;
    case 'id':
      return 'an id of lowercase letters, digits and "-" (e.g. media-sosial)';
    case 'version':
      return 'a version number such as 1.0.0';
    case 'lang':
      return 'a language code of two or three lowercase letters, e.g. id or en';
    case 'url':
      return 'a full web address starting with https://';
    case 'non-empty-list':
      return 'a list that is not empty';
    case 'list-of':
      return `a list, e.g. ${e.example}`;
  }
}

const didYouMean = (s: string): string => (s ? ` Did you mean ${q(s)}?` : '');

const fileKind = { lesson: 'lesson', scenario: 'scenario', quiz: 'quiz', bank: 'question bank' } as const;

/** Every error code of the yaml package, worded for authors (a new code is a type error here). */
const yamlErrors: Record<ErrorCode, string> = {
  ALIAS_PROPS: 'an alias (*name) may not have an anchor (&) or a tag (!)',
  BAD_ALIAS: 'an alias (*name) refers to an anchor (&name) that is not defined above it',
  BAD_COLLECTION_TYPE: 'this tag (!) does not fit the kind of value',
  BAD_DIRECTIVE: 'a line starting with % is not recognised',
  BAD_DQ_ESCAPE: 'a backslash (\\) sequence inside double quotes is not valid',
  BAD_INDENT: 'the indentation (spaces at the start of the line) is wrong',
  BAD_PROP_ORDER: 'an anchor (&) or a tag (!) is in the wrong place',
  BAD_SCALAR_START: 'the value starts with a character that is not allowed there (such as @, ` or %)',
  BLOCK_AS_IMPLICIT_KEY: 'there is an unexpected colon (:)',
  BLOCK_IN_FLOW: 'nested fields are not allowed inside [ ] or { }',
  DUPLICATE_KEY: 'the same field is written twice',
  IMPOSSIBLE: 'what is written here cannot be read',
  KEY_OVER_1024_CHARS: 'a field name is longer than 1,024 characters (is the colon after a field name missing?)',
  MISSING_CHAR: 'a closing quote or bracket is missing',
  MULTILINE_IMPLICIT_KEY: 'a field name runs on to the next line',
  MULTIPLE_ANCHORS: 'one value has more than one anchor (&)',
  MULTIPLE_DOCS: 'there is an extra --- line among the fields',
  MULTIPLE_TAGS: 'one value has more than one tag (!)',
  NON_STRING_KEY: 'a field name must be text',
  RESOURCE_EXHAUSTION: 'the fields are nested too deeply, or there are too many, to be read',
  TAB_AS_INDENT: 'the line is indented with a tab; use spaces',
  TAG_RESOLVE_FAILED: 'a value starting with ! is not recognised',
  UNEXPECTED_TOKEN: 'there is an unexpected character',
};

const problems: ProblemMessages = {
  'missing-course-dir': (p) => ({
    message: `Course folder not found: ${p.path}.`,
    hint: 'Check the folder name. A course folder holds course.yaml, sources.yaml and the .md files.',
  }),
  'missing-file': (p) => ({
    message: `The course folder has no ${p.name}.`,
    hint:
      p.name === 'course.yaml'
        ? 'Create course.yaml with id, version, languages, title, passMark and modules (see content/README.md).'
        : 'Create sources.yaml with the list of cited sources (id, short, title, status).',
  }),
  'unreadable-file': (p) => {
    switch (p.reason) {
      case 'io':
        return {
          message: `The file cannot be read (${p.detail}).`,
          hint: 'Check that the file still exists and may be read, then run the check again.',
        };
      case 'folder':
        return {
          message: 'There is a folder where this file should be.',
          hint: 'Move or rename that folder, then create the file here (see content/README.md).',
        };
      case 'not-a-file':
        return {
          message: 'This is not an ordinary file (a pipe or a device, for example), so it is not read.',
          hint: 'Replace it with an ordinary text file.',
        };
      case 'broken-link':
        return {
          message: 'This is a link (symlink) to a file that does not exist.',
          hint: 'Repair the link, or replace it with the file itself.',
        };
      case 'not-utf8':
        return {
          message: `The file is not UTF-8 text: the byte 0x${p.byte} here cannot be read as a character.`,
          hint: 'Save the file again with the UTF-8 encoding (in the editor: "Save with Encoding" → UTF-8), then check the characters here, such as é or curly quotes.',
        };
      case 'control-character':
        return {
          message: `The file holds an invisible control character (${p.char}) here.`,
          hint: 'Delete that character. It usually comes along when text is copied from another program, or the file is damaged.',
        };
      case 'nesting':
        return {
          message: `The Markdown on this line is nested ${num(p.depth)} levels deep (">" quotes, lists or indentation); at most ${num(p.max)} are allowed.`,
          hint: 'Use fewer levels: write deeply nested quotes or lists as several paragraphs or plain lists.',
        };
      case 'too-complex':
        return {
          message: 'The Markdown here is too complex to read (nested too deeply).',
          hint: 'Simplify this part: fewer quotes, lists or emphasis inside each other.',
        };
    }
  },
  'unknown-language': (p) => ({
    message: p.lang
      ? `The language code ${q(p.lang)} in the file name is not in the languages of course.yaml (${list(p.languages)}).`
      : 'The file name has no language code.',
    hint: p.lang
      ? `Change the end of the file name, e.g. to ${p.suggestion}, or add ${p.lang} to languages in course.yaml.`
      : `Name the file <name>.<language>.md, e.g. ${p.suggestion}.`,
  }),
  'yaml-syntax': (p) => ({
    message: `YAML syntax error: ${yamlErrors[p.yamlCode as ErrorCode] ?? p.detail}.`,
    hint: 'Check this line: indent with spaces, write each field as "name: value" (a colon, then a space), and put quotes around text that contains ": " or " #".',
  }),
  'missing-front-matter': () => ({
    message: 'The file does not start with a front matter block between two --- lines.',
    hint: 'Start the file with a --- line, then the type, id and title fields, then another --- line.',
  }),
  'unclosed-front-matter': () => ({
    message: 'The front matter that starts with --- is never closed.',
    hint: 'Add a --- line after the last front matter field.',
  }),
  'missing-field': (p) => ({
    message: `The required field ${q(p.field)} is missing or empty.`,
    hint: `Add ${p.field} with the value: ${expectation(p.expected)}.`,
  }),
  'wrong-field-type': (p) => ({
    message: `The field ${q(p.field)} holds ${valueKind[p.actual]}, but it must be ${expectation(p.expected)}.`,
    hint: `Change the value of ${p.field} to ${expectation(p.expected)}.`,
  }),
  'invalid-value': (p) => ({
    message: `${q(p.value)} is not a valid value for ${q(p.field)}.`,
    hint: `Use ${expectation(p.expected)}.`,
  }),
  'unknown-field': (p) => ({
    message: `Unknown field ${q(p.field)}.`,
    hint: `A typo? The fields known here are: ${p.known.join(', ')}.`,
  }),
  'invalid-id': (p) => ({
    message: `The id ${q(p.value)} is not valid.`,
    hint: `Use only lowercase letters, digits and "-", e.g. ${q(p.suggestion)}.`,
  }),
  'unknown-item-type': (p) => ({
    message: `Unknown file type ${q(p.value)}.`,
    hint: 'Use one of: lesson, scenario, quiz or bank.',
  }),
  'unknown-question-type': (p) => ({
    message: `Unknown question type ${q(p.value)}.`,
    hint: 'Use one of: single, multiple, truefalse, judgement, ordering, matching.',
  }),
  'missing-question-settings': (p) => ({
    message: `Question ${q(p.question)} does not start with a \`\`\`yaml settings block.`,
    hint: `Right below the heading ## ${p.question}, write a \`\`\`yaml line, then type: single (or another type), then a closing \`\`\` line.`,
  }),
  'missing-prompt': (p) => ({
    message: `Question ${q(p.question)} has no question text.`,
    hint: 'Write the question text between the ```yaml block and the list of options.',
  }),
  'no-correct-option': (p) => ({
    message: `Question ${q(p.question)} has no correct answer.`,
    hint:
      p.type === 'multiple'
        ? 'Mark every correct option with - [x]; leave the others as - [ ].'
        : 'Mark the one correct option with - [x]; leave the others as - [ ].',
  }),
  'too-many-correct': (p) => ({
    message: `Question ${q(p.question)} (type ${p.type}) has ${p.count} correct answers, but it must have exactly one.`,
    hint:
      p.type === 'single'
        ? 'Keep one - [x] and change the others to - [ ]. If several answers really are correct, use type: multiple.'
        : 'Keep one - [x] and change the others to - [ ].',
  }),
  'bad-keyword-option': (p) => ({
    message: p.checked
      ? `The correct answer ${q(p.value)} is not an option of ${p.type} question ${q(p.question)}.`
      : `Unknown option ${q(p.value)} in ${p.type} question ${q(p.question)}.`,
    hint: `A ${p.type} question uses the keywords ${list(p.keywords)}. Write exactly one keyword per option, e.g. - [x] ${p.keywords[0] ?? ''}; the label shown is set by the interface language.`,
  }),
  'missing-keyword-option': (p) => ({
    message: `Question ${q(p.question)} (type ${p.type}) has no option ${q(p.keyword)}.`,
    hint: `Add - [ ] ${p.keyword}. A ${p.type} question needs all of: ${list(p.keywords)}.`,
  }),
  'option-without-checkbox': (p) => ({
    message: `An option of question ${q(p.question)} does not start with [x] or [ ].`,
    hint: 'Write - [x] for a correct option and - [ ] for a wrong one (with a space inside the brackets).',
  }),
  'unexpected-checkbox': (p) => ({
    message: `A ${p.type} question (${q(p.question)}) does not use [x] or [ ] marks.`,
    hint:
      p.type === 'ordering'
        ? 'Remove [x] / [ ]. Write the options as a numbered list 1., 2., 3. in the correct order.'
        : 'Remove [x] / [ ]. Write each pair as - left side => right side.',
  }),
  'too-few-options': (p) => ({
    message: `Question ${q(p.question)} has ${p.count} options; type ${p.type} needs at least ${p.min}.`,
    hint:
      p.count === 0
        ? 'Write the list of options after the question text (one per line starting with "- ", or "1. " for ordering).'
        : 'Add options to the list.',
  }),
  'matching-without-arrow': (p) => ({
    message: `A pair in question ${q(p.question)} has no =>.`,
    hint: 'Write each pair as - left side => right side, with text on both sides.',
  }),
  'ordering-not-numbered': (p) => ({
    message: `Ordering question ${q(p.question)} uses a bullet list, not a numbered list.`,
    hint: 'Write the options as 1., 2., 3. in the correct order; learners see them shuffled.',
  }),
  'duplicate-id': (p) => ({
    message:
      p.kind === 'option'
        ? `The option ${q(p.id)} is written more than once (first at ${p.first}).`
        : p.kind === 'language'
          ? `The language ${q(p.id)} is listed more than once.`
          : `The id ${q(p.id)} is already used by another ${idKind[p.kind]} (${p.first}).`,
    hint:
      p.kind === 'option' || p.kind === 'language'
        ? 'Remove one of them.'
        : p.kind === 'item'
          ? 'Within one language, every lesson, scenario, quiz and question bank needs its own id; rename one of them.'
          : `Each ${idKind[p.kind]} needs its own id; rename one of them.`,
  }),
  'unknown-module-item': (p) => ({
    message: `Module ${q(p.module)} lists ${q(p.id)}, but no lesson, scenario or quiz has that id.${didYouMean(p.suggestion)}`,
    hint: "Check the spelling, or create the file. The id is the front matter's id: field, not the file name.",
  }),
  'bank-in-module': (p) => ({
    message: `${q(p.id)} is a question bank; banks are not listed in modules.`,
    hint: `Remove ${p.id} from the items of module ${q(p.module)} and list a quiz that draws from this bank (draw: - { bank: ${p.id}, count: … }).`,
  }),
  'item-listed-twice': (p) => ({
    message: `${q(p.id)} is already listed in module ${q(p.firstModule)}.`,
    hint: 'A lesson, scenario or quiz may appear only once; remove one of the two.',
  }),
  'item-not-in-module': (p) => ({
    message: `The ${fileKind[p.kind]} ${q(p.id)} is not listed in any module, so learners will never see it.`,
    hint: `Add ${p.id} to the items of a module in course.yaml, or delete this file.`,
  }),
  'scenario-without-nodes': () => ({
    message: 'This scenario has no nodes (## node-id headings).',
    hint: 'Write each situation under a ## node-id heading. The first node is where the story starts.',
  }),
  'bank-without-questions': () => ({
    message: 'This question bank has no questions (## question-id headings).',
    hint: 'Write each question under a ## question-id heading, followed by a ```yaml block with its type.',
  }),
  'text-before-first-question': () => ({
    message: 'There is text before the first question; it would never be shown.',
    hint: 'Move this text into a question, or delete it. Each question starts with a ## question-id heading.',
  }),
  'unknown-branch-target': (p) => ({
    message: `A choice in node ${q(p.node)} leads to node ${q(p.target)}, which does not exist.${didYouMean(p.suggestion)}`,
    hint: 'Check the spelling after ->, or add a node with that id as its ## heading.',
  }),
  'unreachable-node': (p) => ({
    message: `Node ${q(p.node)} cannot be reached from the start of the story (${q(p.start)}).`,
    hint: `Add a choice "-> ${p.node}" in another node, or delete this node.`,
  }),
  'no-ending': () => ({
    message: 'This scenario has no ending.',
    hint: 'Add a node without choices that starts with a ```yaml block holding ending: good, mixed or bad.',
  }),
  'choice-without-arrow': (p) => ({
    message: `A choice in node ${q(p.node)} does not name the node it leads to (->).`,
    hint: "End the choice's first line with -> target-node-id, e.g.: - Keep scrolling without reacting -> aman",
  }),
  'node-without-choices': (p) => ({
    message: `Node ${q(p.node)} has no choices and is not an ending.`,
    hint: 'End the node with a list of choices (- text -> target-node), or make it an ending with a ```yaml block holding ending: good, mixed or bad at the start of the node.',
  }),
  'ending-with-choices': (p) => ({
    message: `Node ${q(p.node)} is an ending (it has ending:), but it also has choices with ->.`,
    hint: 'An ending has no choices. Remove the choices, or remove the ```yaml ending block if the story goes on.',
  }),
  'scenario-cycle': (p) => ({
    message: `A choice in node ${q(p.node)} leads back to node ${q(p.target)}, which is already on the path (${[...p.path, p.target].join(' → ')}), so the story can go round in circles.`,
    hint: 'Point this choice to a new node or to an ending. Learners who want to try another way use the "Try another path" button, so the story never needs to go back to an earlier node.',
  }),
  'bank-too-small': (p) => ({
    message: `The quiz draws ${p.count} questions from bank ${q(p.bank)}${p.tags.length ? ` tagged ${list(p.tags)}` : ''}, but only ${p.eligible} questions match${p.taken ? ` once earlier draw rules have taken up to ${p.taken} questions from the same bank` : ''}.`,
    hint: `Lower count to ${p.eligible} at most, or add questions${p.tags.length ? ' with those tags' : ''} to the bank.`,
  }),
  'unknown-bank': (p) => ({
    message: `There is no question bank ${q(p.bank)}.${didYouMean(p.suggestion)}`,
    hint: "Check the bank's spelling; use the id from the bank file's front matter (type: bank).",
  }),
  'unknown-source': (p) => ({
    message: `The source ${q(p.id)} is not in sources.yaml.${didYouMean(p.suggestion)}`,
    hint: 'Check the spelling of the source id inside [@…], or add the source to sources.yaml.',
  }),
  'repealed-source-cited': (p) => ({
    message: `${p.short} has been repealed, but it is cited as if it were in force.`,
    hint: `Cite the rule in force (the one that replaced it), or mark this citation as historical: [@${p.id} !historis].`,
  }),
  'question-without-citation': (p) => ({
    message: `The explanation of question ${q(p.question)} cites no source.`,
    hint: 'After the list of options, write the explanation as a blockquote (lines starting with "> ") that cites a source, e.g. [@pp-94-2021, Pasal 5 huruf n].',
  }),
  'missing-translation': (p) => ({
    message: `The ${fileKind[p.kind]} ${q(p.id)} does not exist in language ${q(p.lang)} yet.`,
    hint: `Create ${p.expectedFile} with id: ${p.id} and the same structure; translate only the text.`,
  }),
  'structure-mismatch': (p) => ({
    message: `In language ${p.lang}, ${q(p.id)} differs from the ${p.baseLang} version in ${aspect(p.aspect, p.where)}. Here: ${p.actual || '(none)'}; ${p.baseLang} version: ${p.expected || '(none)'}.`,
    hint: `Only the text may differ between languages. Make it match ${p.baseFile}.`,
  }),
  'raw-html': (p) => ({
    message: `Raw HTML is not allowed in content: ${p.html}`,
    hint: 'Use Markdown (e.g. **bold**, *italic*, > quote, [text](https://…)) instead of HTML tags.',
  }),
  'unsafe-link': (p) => ({
    message: `The link ${q(p.url)} is unsafe or not supported.`,
    hint: 'Use a full address starting with https:// (or mailto: for e-mail).',
  }),
  'unknown-callout-kind': (p) => ({
    message: `Unknown callout kind [!${p.kind}].`,
    hint: `Use one of: ${p.kinds.map((k) => `[!${k}]`).join(', ')}.`,
  }),
};

const idKind = {
  item: 'file',
  question: 'question',
  node: 'node',
  source: 'source',
  module: 'module',
  option: 'option',
  language: 'language',
} as const;

const valueKind = {
  text: 'text',
  number: 'a number',
  boolean: 'true/false',
  list: 'a list',
  map: 'a set of fields',
  empty: 'nothing',
} as const;

function aspect(a: StructureAspect, where: string): string {
  switch (a) {
    case 'type':
      return 'the file type (type)';
    case 'question-list':
      return 'the list and order of questions';
    case 'question-type':
      return `the type of question ${q(where)}`;
    case 'options':
      return `the options of question ${q(where)}`;
    case 'correct':
      return `the correct answer of question ${q(where)}`;
    case 'weight':
      return `the weight of question ${q(where)}`;
    case 'tags':
      return `the tags of question ${q(where)}`;
    case 'shuffle':
      return `the shuffle setting of question ${q(where)}`;
    case 'node-list':
      return 'the list and order of nodes';
    case 'branches':
      return `the choice targets in node ${q(where)}`;
    case 'ending':
      return `the ending in node ${q(where)}`;
    case 'draw':
      return 'the draw rules';
    case 'quiz-settings':
      return 'the quiz settings (passMark, attempts, feedback, shuffle, graded)';
  }
}

export const en: BuildMessages = {
  problems,
  content: {
    calloutTitle: {
      aturan: 'Rule',
      sanksi: 'Sanction',
      'dasar-hukum': 'Legal basis',
      tergantung: 'It depends',
      contoh: 'Example',
      catatan: 'Note',
    },
    repealed: 'repealed',
  },
  cli: {
    help: `netral: checks and builds Netral course content.

Usage:
  netral check [folder] [--lang id|en]
      Checks every course file in the folder (default: content) and prints each
      problem: file, line, field, what is wrong and how to fix it.
  netral build-json [folder] [--out file] [--lang id|en]
      Builds the course into JSON. Without --out, the JSON goes to the screen.
  netral build [folder] [--out folder] [--profile moodle] [--version 1.2|2004|both] [--lang id|en]
      Checks the course, then builds SCORM packages (.zip) to upload to an LMS:
      <course-id>-scorm12.zip and <course-id>-scorm2004.zip in the --out folder
      (default: dist/scorm).
  netral verify CODE --course id --version v --name "Name" [--nip NIP] --date YYYY-MM-DD --score score
      Checks a certificate's verification code against the details printed on it.
  netral --help
      Shows this help.

Options:
  --lang id|en      language of the messages (default: id)
  --out path        where build-json writes the JSON, or the folder for build's packages
  --profile name    the LMS the packages are for: moodle (default), scormcloud,
                    successfactors, cornerstone
  --version v       the SCORM versions to build: 1.2, 2004 or both (default: both)
  --entry file      (for developers) the SCO runtime entry; default src/scorm/sco.ts,
                    or the NETRAL_SCO_ENTRY environment variable

Exit codes: 0 no problems, 1 content problems, 2 wrong command, 3 internal error.
The content format is described in content/README.md.`,
    summaryProblems: (n, files) =>
      `${n} ${n === 1 ? 'problem' : 'problems'} found in ${files} ${files === 1 ? 'file' : 'files'}.`,
    summaryOk: (items, questions) =>
      `No problems. ${items} ${items === 1 ? 'item' : 'items'}, ${questions} ${questions === 1 ? 'question' : 'questions'}.`,
    unknownCommand: (c) => `Unknown command ${q(c)}.`,
    unknownOption: (o) => `Unknown option ${q(o)}.`,
    missingValue: (o) => `The option ${o} needs a value.`,
    optionOnlyFor: (o, commands) => `The option ${o} is for the ${list([...commands])} ${commands.length === 1 ? 'command' : 'commands'} only.`,
    badProfile: (v, profiles) => `Unknown profile ${q(v)}; use one of ${list([...profiles])}.`,
    badVersion: (v) => `Unknown SCORM version ${q(v)}; use 1.2, 2004 or both.`,
    badLang: (v) => `Language ${q(v)} is not supported; use id or en.`,
    tooManyArguments: (a) => `Unexpected argument ${q(a)}; give one folder only.`,
    seeHelp: 'Run "netral --help" to see how to use it.',
    written: (file) => `Course JSON written to ${file}.`,
    writeFailed: (file, detail) => `Cannot write ${file}: ${detail}`,
    internalError: (detail) =>
      `Internal error in netral (not a content error): ${detail}\nPlease report it to the developers; run with NETRAL_DEBUG=1 for details.`,
  },
  scorm: {
    // The launch page speaks to learners, whose language is Indonesian, whatever --lang says.
    noscript: 'Kursus ini membutuhkan JavaScript. Aktifkan JavaScript di peramban Anda, lalu buka kembali kursus ini dari LMS.',
    budgetOk: (b) =>
      `SCORM ${b.version}: progress data (suspend_data) of at most ${num(b.length)} characters out of ${num(b.limit)} (${percent(b.length, b.limit)}).`,
    budgetExceeded: (b) => ({
      message: `This course's progress data (suspend_data) can reach ${num(b.length)} characters, more than the SCORM ${b.version} limit of ${num(b.limit)}. The LMS would cut or refuse it, and learners could not resume where they left off.${b.largest.length ? ` The parts that take the most room: ${b.largest.map((l) => `${l.file} (${num(l.length)})`).join(', ')}.` : ''}`,
      hint:
        b.version === '1.2'
          ? 'Draw fewer questions in the quizzes (draw count), allow fewer attempts, use fewer scenario nodes, or split the course into several courses. If your LMS takes SCORM 2004 (limit 64,000 characters), build only the 2004 package with --version 2004.'
          : 'Draw fewer questions in the quizzes (draw count), allow fewer attempts, use fewer scenario nodes, or split the course into several courses.',
    }),
    codecMissing: (detail) =>
      `worstCaseSuspendLength from src/core/suspend-codec.ts could not be loaded (${detail}), so the size of the progress data cannot be checked.`,
    entryMissing: (path) =>
      `The SCO runtime file does not exist: ${path}. Name another file with --entry or the NETRAL_SCO_ENTRY environment variable.`,
    bundleFailed: (detail) => `Vite could not build the SCO runtime: ${detail}`,
    bundleNotSingleFile: (files) =>
      `The SCO runtime must come out as one JavaScript file, but Vite made ${files.length}: ${files.join(', ')}. Remove imports of non-JavaScript files (CSS, images) from the runtime.`,
    manifestCheckFailed: (version, findings) =>
      `The imsmanifest.xml of the SCORM ${version} package failed its checks:\n${findings.map((f) => `  - ${f}`).join('\n')}`,
    written: (file, version, profile, bytes) => `SCORM ${version} package (profile ${profile}, ${kilobytes(bytes)}) written to ${file}.`,
    recommendation: (profile, file) => `For ${PROFILE_NAMES[profile] ?? profile}, upload ${file}: ${profileReason[profile] ?? ''}`,
    manifest: {
      notWellFormed: (detail) => `imsmanifest.xml is not well-formed XML: ${detail}`,
      wrongRoot: (expected, found) => `The root element must be <manifest> in the namespace ${expected}${found ? `, not ${found}` : ''}.`,
      wrongSchemaVersion: (found, expected) => `<schemaversion> holds ${q(found)} instead of ${q(expected)}.`,
      noDefaultOrganization: '<organizations> has no default attribute.',
      unknownDefaultOrganization: (id) => `<organizations default="${id}"> names an organization that does not exist.`,
      unresolvedIdentifierref: (item, ref) => `Item ${q(item)} refers to resource ${q(ref)} (identifierref), which does not exist.`,
      wrongScormTypeCasing: (resource, found, expected) => `Resource ${q(resource)} uses adlcp:${found}; this version spells it adlcp:${expected}.`,
      missingScormType: (resource, expected) => `Resource ${q(resource)} has no adlcp:${expected} attribute.`,
      masteryScoreOutOfRange: (value) => `adlcp:masteryscore ${q(value)} must be a number from 0 to 100.`,
      measureOutOfRange: (value) => `imsss:minNormalizedMeasure ${q(value)} must be a number from -1 to 1.`,
      manifestNotAtRoot: 'imsmanifest.xml is not at the root of the package.',
      fileNotInPackage: (href) => `The file ${q(href)} is named in the manifest but is not in the package.`,
      schemaNotInPackage: (file) => `The schema ${q(file)} is named in xsi:schemaLocation but is not in the package.`,
      fileNotListed: (file) => `The file ${q(file)} is in the package but listed in no resource.`,
    },
  },
};


const profileReason: Partial<Record<string, string>> = {
  moodle: 'Moodle fully supports SCORM 1.2; its SCORM 2004 support is incomplete.',
  scormcloud: 'SCORM Cloud fully supports SCORM 2004, which keeps completion and success apart.',
  successfactors: 'this 2004 package tells SuccessFactors that the course itself sets completion and success.',
  cornerstone: 'Cornerstone reports SCORM 2004 better, and a learner who failed can still complete the course.',
};

const { num, percent, kilobytes } = messageNumbers('en', 'under 1%');
