#!/usr/bin/env node
// Screenshots of the demo for a human look: node scripts/screenshot.mjs [url] [outdir]
// Starts nothing itself: run `npm start` first (or pass another URL). Uses Debian's Chromium
// (or $CHROME_PATH) through puppeteer-core, the driver @web/test-runner already installs.
// Steps through the start screen, a lesson, a scenario choice and a quiz question at 360 px and
// 1280 px wide, writing one PNG per view and width.
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

for (const [name, width, height] of [['phone', 360, 800], ['desktop', 1280, 900]]) {
  // A fresh context per width: no saved progress from the previous run.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await new Promise((r) => setTimeout(r, 500));
  await page.screenshot({ path: `${out}/${name}-1-start.png`, fullPage: false });
  await click(page, 'Mulai belajar');
  await page.screenshot({ path: `${out}/${name}-2-lesson.png`, fullPage: false });
  await click(page, 'Saya sudah membaca');
  // Walk on until a scenario or quiz shows up.
  for (let i = 0; i < 6; i++) {
    const kind = await page.evaluate(() => document.querySelector('netral-course').shadowRoot.querySelector('netral-scenario, netral-quiz, netral-lesson')?.tagName);
    if (kind === 'NETRAL-SCENARIO') {
      await pickFirstRadio(page);
      await click(page, 'Pilih');
      await page.screenshot({ path: `${out}/${name}-3-scenario.png`, fullPage: false });
      for (let j = 0; j < 8; j++) {
        const ended = await click(page, 'Coba jalur lain').then(() => true, () => false);
        if (ended) {
          // That restarted the scenario (it stays done); walk it again to reach "Lanjut".
          break;
        }
        await pickFirstRadio(page);
        await click(page, 'Pilih');
      }
      await click(page, 'Berikutnya');
      await click(page, 'Mulai kuis');
      await pickFirstRadio(page);
      await click(page, 'Periksa jawaban');
      await page.screenshot({ path: `${out}/${name}-4-feedback.png`, fullPage: true });
      break;
    }
    await click(page, 'Saya sudah membaca').catch(() => click(page, 'Berikutnya'));
  }
  await context.close();
}
await browser.close();
console.log(`Screenshots in ${out}/`);
