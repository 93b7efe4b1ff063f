import { defineConfig } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_MISSING, findChromium } from './helpers/chromium'
import { BASE_URL } from './e2e/env'

const browser = findChromium()
if (!browser) throw new Error(CHROMIUM_MISSING)

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.e2e.spec.ts',
  outputDir: '../test-results/playwright',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // after the last test, while the server still runs: its log must hold no secret
  globalTeardown: './e2e/global-teardown.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list'], ['json', { outputFile: '../test-results/playwright.json' }]] : [['list']],
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    launchOptions: { executablePath: browser.path, args: CHROMIUM_ARGS },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  webServer: {
    command: 'node src/cli/ts-run.mjs tests/e2e/serve.ts',
    cwd: '..',
    url: `${BASE_URL}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
})
