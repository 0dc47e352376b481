// The development twin of the SCORM package's launch page: the package inlines the course and
// its settings as JSON blocks at build time; here they come from the dev server, then the same
// SCO entry runs. `?scorm=1.2|2004` picks the version the LMS page exposes.
import course from 'virtual:netral-course';

const version = new URLSearchParams(location.search).get('scorm') === '2004' ? '2004' : '1.2';
for (const [id, value] of [
  ['netral-course', course],
  ['netral-config', { scormVersion: version, commitDebounceMs: 1500 }],
] as const) {
  const block = document.createElement('script');
  block.type = 'application/json';
  block.id = id;
  block.textContent = JSON.stringify(value);
  document.head.append(block);
}
await import('../src/scorm/sco.js');
