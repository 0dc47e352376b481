// The demo's LMS page: the course runs in an iframe, as in Moodle, and the inspector shows what
// the LMS holds, live. Buttons simulate a learner closing and relaunching, and LMS faults.
import { DemoLms, type LmsFault, type LmsVersion } from './lms-host.js';

const lms = new DemoLms(window);
const slot = document.getElementById('frame-slot')!;
const inspector = document.getElementById('inspector')!;
const form = document.getElementById('controls') as HTMLFormElement;
let frame: HTMLIFrameElement | undefined;

function selected(name: string): string {
  return (form.elements.namedItem(name) as RadioNodeList).value;
}

/** Closes the course (its pagehide ends the session) and launches it again. */
function relaunch(): void {
  frame?.remove();
  const version = selected('version') as LmsVersion;
  lms.fault = selected('fault') as LmsFault;
  lms.launch(version);
  frame = document.createElement('iframe');
  frame.title = 'Kursus Netral';
  frame.src = `./sco.html?scorm=${version}`;
  slot.append(frame);
  render();
}

form.addEventListener('change', (e) => {
  const target = e.target as HTMLInputElement;
  if (target.name === 'fault') {
    // A fault that starts now hits the running session; "missing" applies at the next launch.
    lms.fault = target.value as LmsFault;
    render();
  } else {
    relaunch();
  }
});
document.getElementById('relaunch')!.addEventListener('click', relaunch);
document.getElementById('reset')!.addEventListener('click', () => {
  frame?.remove();
  frame = undefined;
  lms.reset(selected('version') as LmsVersion);
  relaunch();
});

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function render(): void {
  const v = lms.version;
  const live = lms.live() as Record<string, string>;
  const el = (a: string, b: string) => live[v === '1.2' ? a : b] ?? '';
  const suspend = el('cmi.suspend_data', 'cmi.suspend_data');
  const limit = v === '1.2' ? 4096 : 64000;
  const rows: Array<[string, string]> = [
    ['Versi', v],
    ['Peluncuran', String(lms.launches[v])],
    ['entry', el('cmi.core.entry', 'cmi.entry')],
    [v === '1.2' ? 'lesson_status' : 'completion_status', el('cmi.core.lesson_status', 'cmi.completion_status')],
    ...(v === '2004' ? ([['success_status', el('', 'cmi.success_status')]] as Array<[string, string]>) : []),
    [
      'score',
      // Nothing yet (the course reports a score only once it is graded): a dash, not "(min , max 100)".
      !(live[v === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw'] ?? '')
        ? '–'
        : v === '1.2'
          ? `${live['cmi.core.score.raw']} (min ${live['cmi.core.score.min'] ?? ''}, max ${live['cmi.core.score.max'] ?? ''})`
          : `scaled ${live['cmi.score.scaled'] ?? ''}, raw ${live['cmi.score.raw'] ?? ''}`,
    ],
    ['location', el('cmi.core.lesson_location', 'cmi.location')],
    ['session_time', el('cmi.core.session_time', 'cmi.session_time')],
    ['exit', el('cmi.core.exit', 'cmi.exit')],
    ['suspend_data', `${suspend.length} / ${limit} karakter`],
  ];
  const interactions: Array<Record<string, string>> = [];
  for (const [k, val] of Object.entries(live)) {
    const m = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(k);
    if (m) (interactions[Number(m[1])] ??= {})[m[2]!] = String(val);
  }
  const calls = lms.calls.slice(-25).reverse();
  inspector.innerHTML = `
    <table>${rows.map(([k, val]) => `<tr><th scope="row">${esc(k)}</th><td class="mono">${esc(val)}</td></tr>`).join('')}</table>
    <p class="mono scroll">${esc(suspend)}</p>
    <h3>Interaksi (${interactions.length})</h3>
    <div class="scroll"><table><tr><th>id</th><th>jawaban</th><th>hasil</th></tr>
      ${interactions.map((i) => `<tr><td class="mono">${esc(i.id)}</td><td class="mono">${esc(i.learner_response ?? i.student_response)}</td><td>${esc(i.result)}</td></tr>`).join('')}
    </table></div>
    <h3>Pemeriksaan ketat</h3>
    <p class="${lms.violations.length ? 'bad' : 'ok'}">${lms.violations.length ? `${lms.violations.length} nilai akan ditolak LMS yang ketat` : 'Semua nilai sesuai aturan SCORM dan Moodle'}</p>
    <ul class="mono scroll">${lms.violations.slice(-10).map((x) => `<li>${esc(x)}</li>`).join('')}</ul>
    <h3>Panggilan API terakhir</h3>
    <ol class="mono scroll">${calls.map((c) => `<li>${esc(c.call)}(${esc(c.args.join(', ').slice(0, 80))}) → ${esc(c.result)}</li>`).join('')}</ol>`;
}

let pending = false;
lms.onChange(() => {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    render();
  });
});
relaunch();
