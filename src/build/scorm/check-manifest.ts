/**
 * The manifest checks the ADL XSDs do not make (SCORM notes §4.3: a wrong identifierref, the
 * wrong `scormtype` casing in 2004, a 1.2 mastery score above 100 and a missing default
 * organization all still validate), plus the package checks no schema can make: the manifest
 * at the root, and every file it names inside the zip. The build runs them on every package
 * it writes; the tests also validate against the XSDs themselves.
 */
import { DOMParser, onErrorStopParsing, type Element } from '@xmldom/xmldom';
import { messagesFor, type MessageLang } from '../messages.js';
import type { ScormVersion } from './config.js';
import { SCHEMA_VERSION } from './manifest.js';

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** The namespaces of each version's manifest. */
export const MANIFEST_NS = {
  '1.2': { cp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2', adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2' },
  '2004': { cp: 'http://www.imsglobal.org/xsd/imscp_v1p1', adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3', imsss: 'http://www.imsglobal.org/xsd/imsss' },
} as const;

/** The `adlcp:scormtype` attribute's name in each version; the other casing is wrong. */
const SCORM_TYPE: Record<ScormVersion, { right: string; wrong: string }> = {
  '1.2': { right: 'scormtype', wrong: 'scormType' },
  '2004': { right: 'scormType', wrong: 'scormtype' },
};

export const MANIFEST_FILE = 'imsmanifest.xml';

export interface CheckManifestOptions {
  /**
   * Every file path in the package (zip entry names, "/" separators). When given, the package
   * checks run too: the manifest at the root, every `<file href>`, the launch page and the
   * schemas it references inside the package, and every content file listed.
   */
  files?: readonly string[];
  /** Language of the findings (default "id"). */
  lang?: MessageLang;
}

/** What is wrong with a manifest (and its package), one sentence each; empty when nothing is. */
export function checkManifest(xml: string, version: ScormVersion, options: CheckManifestOptions = {}): string[] {
  const text = messagesFor(options.lang).scorm.manifest;
  const found: string[] = [];
  const files = options.files;

  if (files) {
    if (!files.includes(MANIFEST_FILE)) found.push(text.manifestNotAtRoot);
  }

  let root: Element | null;
  try {
    root = new DOMParser({ onError: onErrorStopParsing }).parseFromString(xml, 'text/xml').documentElement;
  } catch (err) {
    found.push(text.notWellFormed(err instanceof Error ? err.message.split('\n')[0]! : String(err)));
    return found;
  }
  const ns = MANIFEST_NS[version];
  if (!root || root.localName !== 'manifest' || root.namespaceURI !== ns.cp) {
    found.push(text.wrongRoot(ns.cp, root ? `{${root.namespaceURI ?? ''}}${root.localName}` : ''));
    return found;
  }
  const all = (parent: Element, namespace: string, name: string): Element[] => Array.from(parent.getElementsByTagNameNS(namespace, name));

  const schemaVersion = all(root, ns.cp, 'schemaversion')[0]?.textContent?.trim()
    ?? all(root, ns.adlcp, 'schemaversion')[0]?.textContent?.trim();
  if (schemaVersion !== SCHEMA_VERSION[version]) found.push(text.wrongSchemaVersion(schemaVersion ?? '', SCHEMA_VERSION[version]));

  // Organizations: a default that names an organization of this manifest.
  const organizations = all(root, ns.cp, 'organizations')[0];
  const orgIds = organizations ? all(organizations, ns.cp, 'organization').map((o) => o.getAttribute('identifier') ?? '') : [];
  const defaultOrg = organizations?.getAttribute('default') ?? '';
  if (!defaultOrg) found.push(text.noDefaultOrganization);
  else if (!orgIds.includes(defaultOrg)) found.push(text.unknownDefaultOrganization(defaultOrg));

  // Every identifierref names a resource.
  const resources = all(root, ns.cp, 'resource');
  const resourceIds = new Set(resources.map((r) => r.getAttribute('identifier') ?? ''));
  for (const item of all(root, ns.cp, 'item')) {
    const ref = item.getAttribute('identifierref');
    if (ref !== null && !resourceIds.has(ref)) found.push(text.unresolvedIdentifierref(item.getAttribute('identifier') ?? '?', ref));
  }

  // scormtype with the casing of this version, on every resource.
  const casing = SCORM_TYPE[version];
  for (const resource of resources) {
    const id = resource.getAttribute('identifier') ?? '?';
    if (resource.hasAttributeNS(ns.adlcp, casing.wrong)) found.push(text.wrongScormTypeCasing(id, casing.wrong, casing.right));
    else if (!resource.hasAttributeNS(ns.adlcp, casing.right)) found.push(text.missingScormType(id, casing.right));
  }

  // Pass thresholds within their ranges.
  if (version === '1.2') {
    for (const el of all(root, ns.adlcp, 'masteryscore')) {
      const value = el.textContent?.trim() ?? '';
      if (!inRange(value, 0, 100)) found.push(text.masteryScoreOutOfRange(value));
    }
  } else {
    for (const el of all(root, MANIFEST_NS['2004'].imsss, 'minNormalizedMeasure')) {
      const value = el.textContent?.trim() ?? '';
      if (!inRange(value, -1, 1)) found.push(text.measureOutOfRange(value));
    }
  }

  if (files) checkPackageFiles(root, resources, new Set(files), text, found);
  return found;
}

type ManifestText = ReturnType<typeof messagesFor>['scorm']['manifest'];

function checkPackageFiles(root: Element, resources: Element[], files: Set<string>, text: ManifestText, found: string[]): void {
  const listed = new Set<string>();
  for (const resource of resources) {
    const base = resource.getAttribute('xml:base') ?? '';
    const launch = resource.getAttribute('href');
    if (launch !== null && !files.has(packagePath(base, launch))) found.push(text.fileNotInPackage(launch));
    for (const file of Array.from(resource.getElementsByTagNameNS(resource.namespaceURI, 'file'))) {
      const href = file.getAttribute('href') ?? '';
      const path = packagePath(base, href);
      listed.add(path);
      if (!files.has(path)) found.push(text.fileNotInPackage(href));
    }
  }
  // The schemas named in xsi:schemaLocation (namespace, location pairs) are in the package.
  const locations = (root.getAttributeNS(XSI, 'schemaLocation') ?? '').trim().split(/\s+/).filter(Boolean);
  for (let i = 1; i < locations.length; i += 2) {
    const location = locations[i]!;
    if (!/^[a-z][a-z0-9+.-]*:/i.test(location) && !files.has(packagePath('', location))) found.push(text.schemaNotInPackage(location));
  }
  // Every other file belongs to a resource: only the manifest and its schemas are not listed.
  for (const file of files) {
    if (file === MANIFEST_FILE || file.endsWith('/') || listed.has(file)) continue;
    if (!file.includes('/') && /\.(xsd|dtd)$/i.test(file)) continue;
    found.push(text.fileNotListed(file));
  }
}

/** A manifest href as a package path: relative to the root, without query or fragment, decoded. */
function packagePath(base: string, href: string): string {
  const path = `${base}${href}`.replace(/[?#].*$/, '').replace(/^\.\//, '');
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function inRange(value: string, min: number, max: number): boolean {
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(value)) return false;
  const n = Number(value);
  return n >= min && n <= max;
}
