import fs from 'node:fs'
import { chromium } from '@playwright/test'

/** Flags for a closed network: no background requests, no updates, no sandbox (root in CI). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]

/** CHROMIUM_PATH, then the system Chromium, then Playwright's own download. */
export function findChromium(): { path: string; from: string } | null {
  const candidates: [string | undefined, string][] = [
    [process.env.CHROMIUM_PATH, 'CHROMIUM_PATH'],
    ['/usr/bin/chromium', 'system'],
    ['/usr/bin/chromium-browser', 'system'],
    ['/Applications/Chromium.app/Contents/MacOS/Chromium', 'system'],
  ]
  try {
    candidates.push([chromium.executablePath(), "Playwright's browsers"])
  } catch {
    /* not installed */
  }
  for (const [path, from] of candidates) if (path && fs.existsSync(path)) return { path, from }
  return null
}

export const CHROMIUM_MISSING = [
  'No Chromium found for the browser tests. Install one of:',
  '  - Debian/Ubuntu: sudo apt-get install chromium   (then it is found at /usr/bin/chromium)',
  '  - any system: npx playwright install chromium     (Playwright downloads its own)',
  '  - or point CHROMIUM_PATH at a Chromium or Chrome binary.',
].join('\n')
