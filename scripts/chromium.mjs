// @ts-check
// The one place that says which Chromium runs the browser tests and the bench, and how: Debian's
// (apt-get install -y chromium) or the one $CHROME_PATH names; nothing downloads a browser of its
// own. As root (CI), Chromium needs --no-sandbox; the rest keep a headless run quiet and offline.
import { existsSync } from 'node:fs';

export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROME_ARGS = [
  '--no-sandbox', // CI runs as root
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** The Chromium binary; throws, saying what to install, when there is none. */
export function chromiumPath() {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(`No Chromium at ${CHROME_PATH}. Install Debian's (apt-get install -y chromium) or set CHROME_PATH to a Chromium binary.`);
  }
  return CHROME_PATH;
}
