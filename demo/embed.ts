import '../src/index.js';
import course from 'virtual:netral-course';

const el = document.querySelector('netral-course')!;
el.course = course;

const log = document.getElementById('log')!;
for (const type of ['netral-answer', 'netral-progress', 'netral-complete'] as const) {
  el.addEventListener(type, (e) => {
    const li = document.createElement('li');
    li.textContent = `${type} ${JSON.stringify(e.detail)}`;
    log.prepend(li);
  });
}
