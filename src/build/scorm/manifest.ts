/**
 * imsmanifest.xml for SCORM 1.2 and SCORM 2004 4th edition: one organization (the default),
 * one item, one SCO resource. The shape follows the manifests validated against the ADL XSDs
 * in the SCORM notes (§4.1, §4.2); checkManifest() adds the checks the XSDs miss.
 */
import type { BuiltCourse } from '../../core/course.js';
import type { ScormVersion } from './config.js';
import { escapeXml, truncateText } from './xml.js';

export interface ManifestInput {
  course: BuiltCourse;
  /** The SCO's files, relative to the package root, with "/" separators. */
  files: readonly string[];
  /** The launch page, one of `files`. Default "index.html". */
  launch?: string;
}

/** The fixed identifiers inside a manifest (one organization, one item, one resource). */
export const MANIFEST_IDS = { organization: 'ORG-1', item: 'ITEM-1', resource: 'RES-1' } as const;

/** `<schemaversion>` of each version. */
export const SCHEMA_VERSION: Record<ScormVersion, string> = { '1.2': '1.2', '2004': '2004 4th Edition' };

/** Titles may have at most 200 characters (IMS CP 1.1.2 titleType, SCORM 2004 CAM). */
const TITLE_MAX = 200;
/** The manifest's version attribute may have at most 20 characters. */
const VERSION_MAX = 20;

/**
 * The manifest identifier: course id, course version and SCORM version, e.g.
 * "netral-asn.0.1.0.scorm12". It is an xs:ID, so it must be an NCName: characters outside
 * letters, digits, ".", "-" and "_" become "-", and a leading digit gets a "c" before it.
 */
export function manifestIdentifier(course: Pick<BuiltCourse, 'id' | 'version'>, version: ScormVersion): string {
  const base = `${course.id}.${course.version}.${version === '1.2' ? 'scorm12' : 'scorm2004'}`.replace(/[^A-Za-z0-9._-]/g, '-');
  return /^[A-Za-z_]/.test(base) ? base : `c${base}`;
}

function defaultData(course: BuiltCourse) {
  const data = course.byLang[course.languages[0]!];
  if (!data) throw new Error(`course ${course.id} has no data in its default language`);
  return data;
}

function versionAttribute(course: BuiltCourse): string {
  return course.version.length <= VERSION_MAX ? ` version="${escapeXml(course.version)}"` : '';
}

function fileList(input: ManifestInput, indent: string): string {
  return input.files.map((f) => `${indent}<file href="${escapeXml(f)}"/>`).join('\n');
}

/** SCORM 1.2 manifest; `adlcp:masteryscore` is the course pass mark (0–100). */
export function scorm12Manifest(input: ManifestInput): string {
  const { course } = input;
  const data = defaultData(course);
  const title = escapeXml(truncateText(data.title, TITLE_MAX));
  const launch = escapeXml(input.launch ?? 'index.html');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(manifestIdentifier(course, '1.2'))}"${versionAttribute(course)}
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd
                      http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd
                      http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${SCHEMA_VERSION['1.2']}</schemaversion>
  </metadata>
  <organizations default="${MANIFEST_IDS.organization}">
    <organization identifier="${MANIFEST_IDS.organization}">
      <title>${title}</title>
      <item identifier="${MANIFEST_IDS.item}" identifierref="${MANIFEST_IDS.resource}" isvisible="true">
        <title>${title}</title>
        <adlcp:masteryscore>${formatNumber(data.passMark)}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${MANIFEST_IDS.resource}" type="webcontent" adlcp:scormtype="sco" href="${launch}">
${fileList(input, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * SCORM 2004 4th edition manifest. The primary objective is satisfied by measure with
 * minNormalizedMeasure = pass mark / 100, and the delivery controls say the content sets
 * completion and success itself (without them SuccessFactors completes the SCO on exit).
 */
export function scorm2004Manifest(input: ManifestInput): string {
  const { course } = input;
  const data = defaultData(course);
  const title = escapeXml(truncateText(data.title, TITLE_MAX));
  const launch = escapeXml(input.launch ?? 'index.html');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(manifestIdentifier(course, '2004'))}"${versionAttribute(course)}
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
  xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd
                      http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd
                      http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd
                      http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd
                      http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${SCHEMA_VERSION['2004']}</schemaversion>
  </metadata>
  <organizations default="${MANIFEST_IDS.organization}">
    <organization identifier="${MANIFEST_IDS.organization}">
      <title>${title}</title>
      <item identifier="${MANIFEST_IDS.item}" identifierref="${MANIFEST_IDS.resource}">
        <title>${title}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="PRIMARYOBJ" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${formatNumber(data.passMark / 100)}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
          <imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${MANIFEST_IDS.resource}" type="webcontent" adlcp:scormType="sco" href="${launch}">
${fileList(input, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

/** A decimal without exponent or float noise: 80 → "80", 0.8 → "0.8", 72.5/100 → "0.725". */
function formatNumber(n: number): string {
  return String(Number(n.toFixed(7)));
}
