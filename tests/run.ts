/**
 * npm test — every check and test the project has, on a real PostgreSQL server:
 *   1. typecheck (tsc) and lint (ESLint): either failing fails the run, and nothing else starts,
 *   2. unit tests (vitest), the Payload version alignment among them,
 *   3. integration tests (vitest) on a fresh database,
 *   4. the production build,
 *   5. browser tests (Playwright, real Chromium) against the production server on another fresh database;
 *      afterwards the server's log is checked for secrets (tests/e2e/global-teardown.ts),
 *   6. a short soak (tests/soak/run.ts): 1,000 submissions under load, then 1,000 more with the
 *      server killed with kill -9 half-way; nothing acknowledged may be lost or stored twice.
 * The server is TEST_DATABASE_URL, else 127.0.0.1:5432 when it answers, else the embedded PostgreSQL.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { CHROMIUM_MISSING, findChromium } from './helpers/chromium'
import { dropStaleTestDatabases, resolveTestServer } from './helpers/database'

const BIN = path.resolve('node_modules/.bin')
const RESULTS = path.resolve('test-results')

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(path.isAbsolute(cmd) ? cmd : path.join(BIN, cmd), args, { stdio: 'inherit', env })
    child.on('exit', (code) => resolve(code ?? 1))
  })
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- three different reporters' JSON, read for two numbers each
function counts(file: string, pick: (json: any) => [number, number]): [number, number] | null {
  try {
    return pick(JSON.parse(fs.readFileSync(file, 'utf8')))
  } catch {
    return null
  }
}

type SoakPhase = { name: string; ok: boolean; acknowledged: number; stored: number; lost: number; duplicates: number }

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T
  } catch {
    return null
  }
}

async function main() {
  const started = Date.now()
  const browser = findChromium()
  if (!browser) {
    console.error(CHROMIUM_MISSING)
    process.exit(1)
  }
  const server = await resolveTestServer()
  console.log(`\nTests use: ${server.label}`)
  console.log(`Browser: ${browser.path} (${browser.from})\n`)
  const stale = await dropStaleTestDatabases(server.maintenanceUrl)
  if (stale.length) console.log(`Dropped ${stale.length} test database(s) left by interrupted runs.`)
  fs.rmSync(RESULTS, { recursive: true, force: true })
  fs.mkdirSync(RESULTS, { recursive: true })
  const env = {
    ...process.env,
    CI: process.env.CI ?? 'true',
    TEST_SERVER_URL: server.maintenanceUrl,
    TEST_SERVER_LABEL: server.label,
    CHROMIUM_PATH: browser.path,
    NEXT_TELEMETRY_DISABLED: '1',
  }
  const step = async (label: string, cmd: string, args: string[]) => {
    const t = Date.now()
    console.log(`\n=== ${label}`)
    const code = await run(cmd, args, env)
    console.log(
      `=== ${label}: ${code === 0 ? 'ok' : `failed (exit ${code})`} in ${((Date.now() - t) / 1000).toFixed(0)}s`,
    )
    return code
  }
  let failed = false
  try {
    const typecheck = await step('typecheck (tsc --noEmit)', 'tsc', ['--noEmit'])
    const lint = await step('lint (eslint)', 'eslint', ['.', '--max-warnings=0'])
    if (typecheck !== 0 || lint !== 0) {
      console.log('\nTypecheck or lint failed: fix them first (npm run typecheck, npm run lint).')
      console.log('0 passed, 1 failed')
      process.exitCode = 1
      return
    }
    const unit = await step('unit tests (vitest)', 'vitest', [
      'run',
      '--config',
      'tests/vitest.unit.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${RESULTS}/unit.json`,
    ])
    const int = await step('integration tests (vitest)', 'vitest', [
      'run',
      '--config',
      'tests/vitest.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${RESULTS}/vitest.json`,
    ])
    const build = await step('production build (next build)', 'next', ['build'])
    const e2e =
      build === 0
        ? await step('browser tests (Playwright)', 'playwright', ['test', '--config', 'tests/playwright.config.ts'])
        : 1
    const soak =
      build === 0
        ? await step('soak (1,000 submissions, then 1,000 with kill -9 and restart)', process.execPath, [
            'src/cli/ts-run.mjs',
            'tests/soak/run.ts',
            '--count',
            '1000',
            '--json',
            `${RESULTS}/soak.json`,
          ])
        : 1
    failed = unit !== 0 || int !== 0 || build !== 0 || e2e !== 0 || soak !== 0
    const u = counts(`${RESULTS}/unit.json`, (j) => [j.numPassedTests, j.numFailedTests])
    const v = counts(`${RESULTS}/vitest.json`, (j) => [j.numPassedTests, j.numFailedTests])
    const p = counts(`${RESULTS}/playwright.json`, (j) => [j.stats.expected, j.stats.unexpected + (j.stats.flaky ?? 0)])
    // the server-log check (after the browser tests) and each phase of the soak count as one test
    const logCheck = readJson<{ lines: number; hits: number }>(`${RESULTS}/server-log-check.json`)
    const l: [number, number] | null = logCheck ? (logCheck.hits ? [0, 1] : [1, 0]) : null
    const soakReport = readJson<{ phases: SoakPhase[] }>(`${RESULTS}/soak.json`)
    const s: [number, number] | null = soakReport
      ? [soakReport.phases.filter((x) => x.ok).length, soakReport.phases.filter((x) => !x.ok).length]
      : null
    console.log(`\nDatabase server: ${server.label}`)
    console.log(`unit:        ${u ? `${u[0]} passed, ${u[1]} failed` : 'no report'}`)
    console.log(`integration: ${v ? `${v[0]} passed, ${v[1]} failed` : 'no report'}`)
    console.log(
      `browser:     ${p ? `${p[0]} passed, ${p[1]} failed` : build === 0 ? 'no report' : 'not run (build failed)'}`,
    )
    console.log(
      `server log:  ${logCheck ? `${l![0]} passed, ${l![1]} failed (${logCheck.lines} lines, ${logCheck.hits} with a secret)` : 'not checked'}`,
    )
    const figures = (x: SoakPhase) =>
      `${x.name}: ${x.acknowledged} acknowledged, ${x.stored} stored, ${x.lost} lost, ${x.duplicates} twice`
    console.log(
      `soak:        ${
        soakReport
          ? `${s![0]} passed, ${s![1]} failed (${soakReport.phases.map(figures).join('; ')})`
          : build === 0
            ? 'no report'
            : 'not run (build failed)'
      }`,
    )
    console.log(`took ${((Date.now() - started) / 1000).toFixed(0)}s`)
    const all = [u, v, p, l, s]
    const passed = all.reduce((sum, c) => sum + (c?.[0] ?? 0), 0)
    const failures = all.reduce((sum, c) => sum + (c?.[1] ?? 0), 0) + (failed && !all.some((c) => c?.[1]) ? 1 : 0)
    console.log(`${passed} passed, ${failures} failed`)
  } finally {
    await server.stop()
  }
  process.exit(failed ? 1 : 0)
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
