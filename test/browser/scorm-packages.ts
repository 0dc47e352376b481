import type { DemoLms, LmsVersion } from '../../demo/lms-host.js';
import type { NetralCourse } from '../../src/components/netral-course/netral-course.js';
import type { NetralSco } from '../../src/scorm/sco.js';
import { settle } from './course-driver.js';
import { until } from './user-input.js';

/**
 * Where a test LMS page launches the course from, per SCORM version: the launch page of the
 * built package, unzipped and served by scripts/wtr-scorm-plugin.mjs as an LMS would: the
 * sample course (test/fixtures/sample-course) or the complete ASN course (content/).
 */
export function packageLaunchUrl(version: '1.2' | '2004', course: 'sample' | 'asn' = 'sample'): string {
  return `/__scorm__/${course}/${version === '1.2' ? '12' : '2004'}/index.html`;
}

/** What the LMS stored (committed), with the interactions gathered per index. */
export function storedLms(lms: DemoLms, version: LmsVersion) {
  const flat = lms.stored(version) as Record<string, string>;
  const interactions: Array<Record<string, string>> = [];
  for (const [k, v] of Object.entries(flat)) {
    const m = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(k);
    if (m) (interactions[Number(m[1])] ??= {})[m[2]!] = String(v);
  }
  return { flat, interactions };
}

export interface Launched {
  frame: HTMLIFrameElement;
  sco: NetralSco;
  player: NetralCourse;
}

/** Launches the built package in an iframe of this page, as an LMS does, once the LMS is ready. */
export async function launchPackage(lms: DemoLms, version: LmsVersion, course: 'sample' | 'asn' = 'sample'): Promise<Launched> {
  lms.launch(version);
  const frame = document.createElement('iframe');
  frame.title = 'Kursus';
  frame.style.cssText = 'width: 420px; height: 700px; border: 0';
  frame.src = packageLaunchUrl(version, course);
  document.body.append(frame);
  const player = await until(() => {
    const sco = frame.contentDocument?.querySelector('netral-sco') as NetralSco | null;
    const p = sco?.player;
    return p?.shadowRoot?.querySelector('#view-title') ? p : undefined;
  }, 'the course inside the LMS frame', 15000);
  const sco = frame.contentDocument!.querySelector('netral-sco') as NetralSco;
  frame.focus();
  await settle(player);
  return { frame, sco, player };
}

/** The learner closes the tab: the frame goes away (pagehide ends the session). */
export async function closeLaunch(l: Launched): Promise<void> {
  l.frame.remove();
  await new Promise((r) => setTimeout(r, 50));
}

/** Clears the device journal between runs so each run starts as a new learner device. */
export async function clearScormDevice(): Promise<void> {
  await new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase('netral-scorm');
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });
}
