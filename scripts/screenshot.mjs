#!/usr/bin/env node
// Screenshots of the demo for a human look: node scripts/screenshot.mjs [url] [outdir]
// Starts nothing itself: run `npm start` first (or pass another URL). Uses Debian's Chromium
// (or $CHROME_PATH) through puppeteer-core, the driver @web/test-runner already installs.
// Steps through the start screen, a quiz question and result, a lesson and a scenario choice at
// 360 px and 1280 px wide, writing one PNG per view and width.
import puppeteer from 'puppeteer-core';
import { mkdirSync } from 'node:fs';

const url = process.argv[2] ?? 'http://127.0.0.1:5173/';
const out = process.argv[3] ?? 'screenshots';
mkdirSync(out, { recursive: true });

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run', `--user-data-dir=/tmp/netral-shot-${process.pid}`],
});

/** Clicks the first button inside netral-course (any shadow depth) whose text includes `label`. */
async function click(page, label) {
  const ok = await page.evaluate((label) => {
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.tagName === 'BUTTON' && el.textContent.includes(label)) return el;
        if (el.shadowRoot) { const f = walk(el.shadowRoot); if (f) return f; }
      }
      return null;
    };
    const b = walk(document);
    b?.click();
    return !!b;
  }, label);
  if (!ok) throw new Error(`no button "${label}"`);
  await new Promise((r) => setTimeout(r, 300));
}

async function pickFirstRadio(page) {
  await page.evaluate(() => {
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.tagName === 'INPUT' && el.type === 'radio') return el;
        if (el.shadowRoot) { const f = walk(el.shadowRoot); if (f) return f; }
      }
      return null;
    };
    walk(document)?.click();
  });
}

/** The tag of the view netral-course shows: NETRAL-LESSON, -SCENARIO, -QUIZ, -RESULTS, or undefined (start). */
const viewKind = (page) =>
  page.evaluate(() => document.querySelector('netral-course').shadowRoot.querySelector('netral-scenario, netral-quiz, netral-lesson, netral-results')?.tagName);
const tryClick = (page, label) => click(page, label).then(() => true, () => false);

for (const [name, width, height] of [['phone', 360, 800], ['desktop', 1280, 900]]) {
  // A fresh context per width: no saved progress from the previous run.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await new Promise((r) => setTimeout(r, 500));
  await page.screenshot({ path: `${out}/${name}-1-start.png`, fullPage: false });
  await click(page, 'Mulai belajar');
  // Walk the course as a hasty learner (first option everywhere), one screenshot of the first
  // view of each kind: a quiz question, its result, a lesson, a scenario choice with feedback.
  const shot = new Set();
  const once = async (key, fullPage = false) => {
    if (shot.has(key)) return;
    shot.add(key);
    await page.screenshot({ path: `${out}/${name}-${shot.size + 1}-${key}.png`, fullPage });
  };
  for (let step = 0; step < 80 && shot.size < 5; step++) {
    const kind = await viewKind(page);
    if (kind === 'NETRAL-LESSON') {
      await once('lesson');
      if (!(await tryClick(page, 'Saya sudah membaca'))) break;
    } else if (kind === 'NETRAL-SCENARIO') {
      await pickFirstRadio(page);
      await click(page, 'Pilih');
      await once('scenario', true);
      if (await tryClick(page, 'Lanjut')) continue;
    } else if (kind === 'NETRAL-QUIZ') {
      await tryClick(page, 'Mulai kuis');
      await pickFirstRadio(page);
      await once('quiz-question');
      if (await tryClick(page, 'Pertanyaan berikutnya')) continue;
      if (await tryClick(page, 'Periksa jawaban')) continue;
      if (await tryClick(page, 'Kirim semua jawaban')) {
        await tryClick(page, 'Kirim semua jawaban'); // the "some unanswered" confirmation
        await once('quiz-result', true);
        await tryClick(page, 'Lanjut');
      }
    } else {
      break;
    }
  }
  await context.close();
}
await browser.close();
console.log(`Screenshots in ${out}/`);
