/**
 * imsmanifest.xml: both versions validate against the ADL XSDs (xmllint-wasm with a driver XSD,
 * SCORM notes §4.3), pass checkManifest(), and every custom check fires on a manifest mutated to
 * break exactly what it checks, including the mutations the XSDs let through.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { validateXML } from 'xmllint-wasm';
import type { BuiltCourse } from '../../../src/core/course.js';
import { loadCourse } from '../../../src/build/load-course.js';
import { checkManifest } from '../../../src/build/scorm/check-manifest.js';
import type { ScormVersion } from '../../../src/build/scorm/config.js';
import { manifestIdentifier, scorm12Manifest, scorm2004Manifest } from '../../../src/build/scorm/manifest.js';
import { SCHEMA_DIRS, SCHEMA_ROOT } from '../../../src/build/scorm/schemas.js';
import { escapeXml } from '../../../src/build/scorm/xml.js';
import { FIXTURE, REPO } from './fixture-course.js';

/** xmllint validates against one root schema, so this driver imports every namespace the manifest uses. */
const DRIVERS: Record<ScormVersion, string> = {
  // imsmd_rootv1p2p1.xsd is left out: libxml2 rejects it ("content model is not determinist").
  '1.2': `<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:driver">
  <xsd:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="imscp_rootv1p1p2.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="adlcp_rootv1p2.xsd"/></xsd:schema>`,
  '2004': `<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:driver">
  <xsd:import namespace="http://www.imsglobal.org/xsd/imscp_v1p1" schemaLocation="imscp_v1p1.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlcp_v1p3" schemaLocation="adlcp_v1p3.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlseq_v1p3" schemaLocation="adlseq_v1p3.xsd"/>
  <xsd:import namespace="http://www.adlnet.org/xsd/adlnav_v1p3" schemaLocation="adlnav_v1p3.xsd"/>
  <xsd:import namespace="http://www.imsglobal.org/xsd/imsss" schemaLocation="imsss_v1p0.xsd"/></xsd:schema>`,
};

const preloads = new Map<ScormVersion, { fileName: string; contents: string }[]>();

async function schemaPreload(version: ScormVersion): Promise<{ fileName: string; contents: string }[]> {
  const cached = preloads.get(version);
  if (cached) return cached;
  const dir = join(SCHEMA_ROOT, SCHEMA_DIRS[version]);
  // The 1.2 ims_xml.xsd is fatal in libxml2 2.13 ("xml namespace URI cannot be the default
  // namespace"); the W3C xml.xsd of the 2004 set declares the same attributes.
  const w3cXml = await readFile(join(SCHEMA_ROOT, SCHEMA_DIRS['2004'], 'xml.xsd'), 'utf8');
  const files = await Promise.all(
    (await readdir(dir)).map(async (name) => ({
      fileName: name,
      contents: name === 'ims_xml.xsd' ? w3cXml : await readFile(join(dir, name), 'utf8'),
    })),
  );
  preloads.set(version, files);
  return files;
}

/** XSD errors of a manifest (empty when it validates). */
async function xsdErrors(xml: string, version: ScormVersion): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'imsmanifest.xml', contents: xml }],
    schema: [{ fileName: 'driver.xsd', contents: DRIVERS[version] }],
    preload: await schemaPreload(version),
  });
  return result.valid ? [] : result.errors.map((e) => e.message);
}

const FILES = ['index.html', 'netral.js'];
const manifestOf = (course: BuiltCourse, version: ScormVersion) =>
  (version === '1.2' ? scorm12Manifest : scorm2004Manifest)({ course, files: FILES, launch: 'index.html' });
/** The files of a package built with this manifest: itself, its schemas, the SCO's files. */
async function packageFiles(version: ScormVersion): Promise<string[]> {
  return ['imsmanifest.xml', ...(await readdir(join(SCHEMA_ROOT, SCHEMA_DIRS[version]))), ...FILES];
}

function mutate(xml: string, from: string | RegExp, to: string): string {
  const out = xml.replace(from, to);
  assert.notEqual(out, xml, `mutation ${String(from)} changed nothing`);
  return out;
}

let mini: BuiltCourse;
let sample: BuiltCourse;

before(async () => {
  mini = (await loadCourse(FIXTURE)).course!;
  sample = (await loadCourse(join(REPO, 'content'))).course!;
  assert.ok(mini && sample, 'both courses load');
});

describe('generated manifests', () => {
  for (const version of ['1.2', '2004'] as const) {
    it(`SCORM ${version} validates against the ADL XSDs and passes checkManifest (fixture and content/)`, async () => {
      for (const course of [mini, sample]) {
        const xml = manifestOf(course, version);
        assert.deepEqual(await xsdErrors(xml, version), []);
        assert.deepEqual(checkManifest(xml, version, { files: await packageFiles(version) }), []);
      }
    });
  }

  it('carries the pass mark: 1.2 mastery score in percent, 2004 minNormalizedMeasure as a fraction', () => {
    assert.match(manifestOf(mini, '1.2'), /<adlcp:masteryscore>80<\/adlcp:masteryscore>/);
    const xml2004 = manifestOf(mini, '2004');
    assert.match(xml2004, /<imsss:primaryObjective objectiveID="PRIMARYOBJ" satisfiedByMeasure="true">\s*<imsss:minNormalizedMeasure>0\.8<\/imsss:minNormalizedMeasure>/);
    assert.match(xml2004, /<imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"\/>/);
    const odd = { ...mini, byLang: { ...mini.byLang, id: { ...mini.byLang.id!, passMark: 72.5 } } };
    assert.match(manifestOf(odd, '1.2'), /<adlcp:masteryscore>72\.5<\/adlcp:masteryscore>/);
    assert.match(manifestOf(odd, '2004'), /<imsss:minNormalizedMeasure>0\.725</);
  });

  it('uses the default language title, the course version and one default organization', () => {
    const xml = manifestOf(mini, '2004');
    assert.equal([...xml.matchAll(/<title>Netralitas ASN \(kursus mini\)<\/title>/g)].length, 2);
    assert.match(xml, /<manifest identifier="mini-netral\.1\.0\.0\.scorm2004" version="1\.0\.0"/);
    assert.match(xml, /<organizations default="ORG-1">\s*<organization identifier="ORG-1">/);
    assert.match(xml, /<file href="index\.html"\/>\s*<file href="netral\.js"\/>/);
  });

  it('makes identifiers valid NCNames from any course id and version', () => {
    assert.equal(manifestIdentifier({ id: 'netral-asn', version: '0.1.0' }, '1.2'), 'netral-asn.0.1.0.scorm12');
    assert.equal(manifestIdentifier({ id: '2024-pilkada', version: '1.0.0+build.7' }, '2004'), 'c2024-pilkada.1.0.0-build.7.scorm2004');
  });

  it('escapes markup in titles and file names, drops characters XML cannot carry, and shortens long titles', async () => {
    const title = 'Aturan <ASN> & "Netral" \'2024\'\u0007 Pilkada';
    const course: BuiltCourse = { ...mini, byLang: { ...mini.byLang, id: { ...mini.byLang.id!, title } } };
    for (const version of ['1.2', '2004'] as const) {
      const xml = (version === '1.2' ? scorm12Manifest : scorm2004Manifest)({ course, files: ['index.html', 'a&b.js'] });
      assert.ok(xml.includes('<title>Aturan &lt;ASN&gt; &amp; &quot;Netral&quot; &apos;2024&apos; Pilkada</title>'));
      assert.ok(xml.includes('<file href="a&amp;b.js"/>'));
      assert.deepEqual(await xsdErrors(xml, version), []);
    }
    const long: BuiltCourse = { ...mini, byLang: { ...mini.byLang, id: { ...mini.byLang.id!, title: 'Netral '.repeat(40) } } };
    const shortened = /<title>([^<]*)<\/title>/.exec(scorm12Manifest({ course: long, files: FILES }))![1]!;
    assert.equal([...shortened].length <= 200 && shortened.endsWith('…'), true);
    assert.deepEqual(await xsdErrors(scorm12Manifest({ course: long, files: FILES }), '1.2'), []);
  });

  it('escapeXml handles every markup character and keeps other text as is', () => {
    assert.equal(escapeXml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
    assert.equal(escapeXml('Hak pilih — 投票 🗳️\tok\n'), 'Hak pilih — 投票 🗳️\tok\n');
    assert.equal(escapeXml('a\u0000b\u001Fc\uFFFEd\uD800e'), 'abcde');
  });
});

/** [name, version, mutation, expected finding (Indonesian), whether the XSDs catch it too]. */
type Mutation = [string, ScormVersion, (xml: string) => string, RegExp, boolean];

const mutations: Mutation[] = [
  ['identifierref to a missing resource', '1.2', (x) => mutate(x, 'identifierref="RES-1"', 'identifierref="RES-9"'), /Item "ITEM-1" merujuk resource "RES-9"/, false],
  ['identifierref to a missing resource', '2004', (x) => mutate(x, 'identifierref="RES-1"', 'identifierref="RES-9"'), /Item "ITEM-1" merujuk resource "RES-9"/, false],
  ['2004 adlcp:scormtype in 1.2 casing', '2004', (x) => mutate(x, 'adlcp:scormType=', 'adlcp:scormtype='), /memakai adlcp:scormtype; versi ini menulisnya adlcp:scormType/, false],
  ['1.2 adlcp:scormType in 2004 casing', '1.2', (x) => mutate(x, 'adlcp:scormtype=', 'adlcp:scormType='), /memakai adlcp:scormType; versi ini menulisnya adlcp:scormtype/, true],
  ['no adlcp:scormtype at all', '2004', (x) => mutate(x, ' adlcp:scormType="sco"', ''), /tidak punya atribut adlcp:scormType/, false],
  ['1.2 mastery score above 100', '1.2', (x) => mutate(x, '<adlcp:masteryscore>80<', '<adlcp:masteryscore>101<'), /masteryscore "101" harus angka dari 0 sampai 100/, false],
  ['1.2 mastery score below 0', '1.2', (x) => mutate(x, '<adlcp:masteryscore>80<', '<adlcp:masteryscore>-1<'), /masteryscore "-1"/, false],
  ['1.2 mastery score that is not a number', '1.2', (x) => mutate(x, '<adlcp:masteryscore>80<', '<adlcp:masteryscore>delapan puluh<'), /masteryscore "delapan puluh"/, false],
  ['2004 minNormalizedMeasure above 1', '2004', (x) => mutate(x, '>0.8<', '>1.5<'), /minNormalizedMeasure "1\.5" harus angka dari -1 sampai 1/, true],
  ['2004 minNormalizedMeasure below -1', '2004', (x) => mutate(x, '>0.8<', '>-1.5<'), /minNormalizedMeasure "-1\.5"/, true],
  ['no default organization', '1.2', (x) => mutate(x, ' default="ORG-1"', ''), /<organizations> tidak punya atribut default/, false],
  ['no default organization', '2004', (x) => mutate(x, ' default="ORG-1"', ''), /<organizations> tidak punya atribut default/, false],
  ['default organization that does not exist', '2004', (x) => mutate(x, 'default="ORG-1"', 'default="ORG-2"'), /default="ORG-2"> menyebut organization yang tidak ada/, false],
  ['wrong schemaversion', '2004', (x) => mutate(x, '2004 4th Edition', '2004 3rd Edition'), /<schemaversion> berisi "2004 3rd Edition", padahal harus "2004 4th Edition"/, false],
  ['wrong root namespace', '1.2', (x) => mutate(x, 'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"', 'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"'), /Elemen akar harus <manifest> dengan namespace http:\/\/www\.imsproject\.org/, true],
  ['not well-formed', '2004', (x) => mutate(x, '</organizations>', ''), /bukan XML yang sah/, true],
];

describe('checkManifest catches what it checks (one mutation each)', () => {
  for (const [name, version, change, expected, xsdCatches] of mutations) {
    it(`SCORM ${version}: ${name}${xsdCatches ? '' : ' (the XSDs miss it)'}`, async () => {
      const xml = change(manifestOf(mini, version));
      const findings = checkManifest(xml, version, { files: await packageFiles(version) });
      assert.equal(findings.length, 1, findings.join('\n'));
      assert.match(findings[0]!, expected);
      assert.equal((await xsdErrors(xml, version)).length > 0, xsdCatches, 'XSD verdict as in the SCORM notes');
    });
  }

  it('a <file href> that is not in the package', async () => {
    const files = (await packageFiles('2004')).filter((f) => f !== 'netral.js');
    assert.deepEqual(checkManifest(manifestOf(mini, '2004'), '2004', { files }), ['Berkas "netral.js" disebut di manifest, tetapi tidak ada di paket.']);
  });

  it('a launch page (resource href) that is not in the package', async () => {
    const xml = mutate(manifestOf(mini, '1.2'), 'href="index.html">', 'href="mulai.html">');
    assert.deepEqual(checkManifest(xml, '1.2', { files: await packageFiles('1.2') }), ['Berkas "mulai.html" disebut di manifest, tetapi tidak ada di paket.']);
  });

  it('imsmanifest.xml not at the root of the package', async () => {
    const files = (await packageFiles('1.2')).map((f) => (f === 'imsmanifest.xml' ? 'kursus/imsmanifest.xml' : f));
    const findings = checkManifest(manifestOf(mini, '1.2'), '1.2', { files });
    assert.ok(findings.includes('imsmanifest.xml tidak ada di akar paket.'), findings.join('\n'));
  });

  it('a schema named in xsi:schemaLocation that is not in the package', async () => {
    const files = (await packageFiles('2004')).filter((f) => f !== 'imsss_v1p0.xsd');
    assert.deepEqual(checkManifest(manifestOf(mini, '2004'), '2004', { files }), ['Skema "imsss_v1p0.xsd" disebut di xsi:schemaLocation, tetapi tidak ada di paket.']);
  });

  it('a file in the package that no resource lists', async () => {
    const files = [...(await packageFiles('2004')), 'assets/logo.svg'];
    assert.deepEqual(checkManifest(manifestOf(mini, '2004'), '2004', { files }), ['Berkas "assets/logo.svg" ada di paket, tetapi tidak dicantumkan di resource mana pun.']);
  });

  it('without a file list, checks the manifest alone', () => {
    assert.deepEqual(checkManifest(manifestOf(mini, '2004'), '2004'), []);
  });

  it('words its findings in English with lang "en"', () => {
    const xml = mutate(manifestOf(mini, '1.2'), 'identifierref="RES-1"', 'identifierref="RES-9"');
    assert.deepEqual(checkManifest(xml, '1.2', { lang: 'en' }), ['Item "ITEM-1" refers to resource "RES-9" (identifierref), which does not exist.']);
  });
});
