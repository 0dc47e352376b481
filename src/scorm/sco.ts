/**
 * The SCORM launch page's entry: `<netral-sco>` reads the course and the package settings from
 * the page's JSON blocks, connects to the LMS through the tracking bridge, and shows
 * `<netral-course>` with the bridge as its store. Nothing here talks to the LMS directly.
 *
 * The page provides (no inline executable script, so it runs under a strict CSP):
 *   <script type="application/json" id="netral-course">{ BuiltCourse }</script>
 *   <script type="application/json" id="netral-config">{ ScoConfig }</script>
 */
import '../components/netral-course/netral-course.js';
import type { NetralCourse } from '../components/netral-course/netral-course.js';
import type { BuiltCourse } from '../core/course.js';
import { defineElement } from '../components/define.js';
import { ScormBridge } from './scorm-bridge.js';
import { IdbJournal } from './journal.js';
import { versionFromUrl } from './api-discovery.js';
import type { ScoConfig } from '../build/scorm/config.js';

function readJson<T>(doc: Document, id: string): T {
  const text = doc.getElementById(id)?.textContent;
  if (!text) throw new Error(`Halaman peluncuran tidak memuat blok #${id}.`);
  return JSON.parse(text) as T;
}

/**
 * @summary The course as a SCORM SCO: the player plus the LMS tracking bridge.
 */
export class NetralSco extends HTMLElement {
  bridge?: ScormBridge;
  player?: NetralCourse;

  connectedCallback(): void {
    if (this.player) return;
    let course: BuiltCourse;
    let settings: ScoConfig;
    try {
      course = readJson<BuiltCourse>(this.ownerDocument, 'netral-course');
      settings = readJson<ScoConfig>(this.ownerDocument, 'netral-config');
    } catch (e) {
      this.textContent = `Kursus tidak dapat dimuat: ${e instanceof Error ? e.message : String(e)}`;
      this.setAttribute('role', 'alert');
      return;
    }
    const override = versionFromUrl(location.search);
    const bridge = new ScormBridge({
      course,
      journal: new IdbJournal(),
      win: window,
      version: override ?? settings.scormVersion,
      versionOnly: override !== undefined,
      ...(settings.commitDebounceMs !== undefined ? { commitDebounceMs: settings.commitDebounceMs } : {}),
      ...(settings.commitBeforeTerminate !== undefined ? { commitBeforeTerminate: settings.commitBeforeTerminate } : {}),
      ...(settings.navRequestOnExit !== undefined ? { navRequestOnExit: settings.navRequestOnExit } : {}),
      ...(settings.keepAliveMinutes ? { keepAliveMs: settings.keepAliveMinutes * 60_000 } : {}),
    });
    bridge.connect();
    const player = document.createElement('netral-course');
    player.learner = bridge.launch?.learnerId ?? '';
    player.exitable = true;
    if (bridge.launch?.passMark !== undefined) player.passMark = bridge.launch.passMark;
    player.store = bridge;
    bridge.attach(player);
    player.addEventListener('netral-exit', () => bridge.finish());
    player.course = course;
    this.bridge = bridge;
    this.player = player;
    this.append(player);
  }
}

defineElement('netral-sco', NetralSco);

declare global {
  interface HTMLElementTagNameMap {
    'netral-sco': NetralSco;
  }
}
