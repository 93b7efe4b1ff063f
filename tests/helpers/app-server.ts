/**
 * The production server on a fresh database, for the browser tests (tests/e2e/serve.ts) and the
 * soak (tests/soak/run.ts): a new database on the test PostgreSQL server, migrated and (by default)
 * seeded with the real commands, then the production build started on a port. `stop()` stops the
 * server and drops the database; `kill()` and `start()` let a test kill it (kill -9) and bring it
 * back on the same database.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createDatabase, resolveTestServer } from './database'

/**
 * How the production server is started, in one place: the project's own server (src/server/start.ts,
 * what `npm start` runs: Next behind the page cache). It takes PORT (and HOSTNAME when one is asked
 * for) from its environment.
 */
export const PRODUCTION_SERVER = {
  command: 'node',
  args: (): string[] => ['src/cli/ts-run.mjs', 'src/server/start.ts'],
}

export type AppServerOptions = {
  /** prefix of the database's name (tests/helpers/database.ts drops stale ones by it) */
  prefix: string
  port: number
  /** the address to listen on; default: the server's own default (all interfaces) */
  hostname?: string
  /** what the migration, the seed and the server get on top of this process's environment */
  env?: Record<string, string>
  seed?: boolean
  /**
   * run on this existing database instead of a new one (a second instance of the same site):
   * nothing is migrated or seeded, and stop() leaves the database to whoever made it
   */
  database?: { name: string; url: string }
  /** the server's stdout and stderr: appended to this file (synchronously, so it is complete whenever it is read) */
  logFile?: string
  /** also pass the server's output through to this process's stdout/stderr (default true) */
  echo?: boolean
  /** how lines of this helper begin: `[e2e]`, `[soak]` */
  label: string
}

export type AppServer = {
  url: string
  database: { name: string; url: string }
  /** the environment the server runs with */
  env: NodeJS.ProcessEnv
  /** the running server process (a new one after start()) */
  readonly process: ChildProcess
  /** resolves with the exit code (or signal) of the server process running now */
  exited(): Promise<number | NodeJS.Signals>
  /** until GET /api/health answers 200 */
  ready(timeoutMs?: number): Promise<void>
  /** signal the server and wait for it to be gone (SIGKILL: as `kill -9` does) */
  kill(signal?: NodeJS.Signals): Promise<number | NodeJS.Signals>
  /** start the server again on the same database (after kill) */
  start(): void
  /** stop the server (SIGTERM, SIGKILL after 15 s), drop the database if it made it, stop the PostgreSQL server if it started it */
  stop(): Promise<void>
}

export async function startAppServer(options: AppServerOptions): Promise<AppServer> {
  const { label, port, hostname, echo = true } = options
  const pgServer = options.database ? null : await resolveTestServer()
  const db = pgServer ? await createDatabase(pgServer.maintenanceUrl, options.prefix) : null
  const database = db ?? options.database!
  console.log(
    pgServer
      ? `${label} database server: ${pgServer.label}; fresh database ${database.name}`
      : `${label} on the existing database ${database.name}`,
  )
  const media = fs.mkdtempSync(path.join(os.tmpdir(), `${options.prefix.replace(/_/g, '-')}-media-`))
  const url = `http://${hostname ?? 'localhost'}:${port}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    MEDIA_DIR: media,
    SERVER_URL: url,
    ...options.env,
  }
  let cleaned = false
  const cleanup = async () => {
    if (cleaned) return
    cleaned = true
    fs.rmSync(media, { recursive: true, force: true })
    if (db)
      await db.drop().catch((e: unknown) => console.error(`${label} could not drop the test database ${db.name}:`, e))
    await pgServer?.stop()
  }

  const steps: [string, string[]][] = []
  if (db) steps.push(['node', ['src/cli/ts-run.mjs', 'src/cli/migrate.ts']])
  if (db && options.seed !== false) steps.push(['node', ['src/cli/ts-run.mjs', 'src/cli/seed.ts']])
  for (const [cmd, args] of steps) {
    const run = spawnSync(cmd, args, { env, stdio: 'inherit' })
    if (run.status !== 0) {
      await cleanup()
      throw new Error(`${label} ${cmd} ${args.join(' ')} failed (exit ${run.status ?? run.signal})`)
    }
  }

  const log = options.logFile ? openLog(options.logFile) : null
  const serverEnv: NodeJS.ProcessEnv = {
    ...env,
    NODE_ENV: 'production',
    PORT: String(port),
    ...(hostname ? { HOSTNAME: hostname } : {}),
  }
  let child!: ChildProcess
  let exit!: Promise<number | NodeJS.Signals>
  const start = () => {
    child = spawn(PRODUCTION_SERVER.command, PRODUCTION_SERVER.args(), {
      env: serverEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const pid = child.pid
    for (const [stream, out] of [
      [child.stdout!, process.stdout],
      [child.stderr!, process.stderr],
    ] as const) {
      stream.on('data', (chunk: Buffer) => {
        // our own output may be gone (the test runner that read it has died): the log still gets it
        if (echo && out.writable) out.write(chunk, () => undefined)
        if (log !== null) fs.writeSync(log, chunk)
      })
    }
    // 'close', not 'exit': by then the output has been read to its end (and written to the log)
    exit = new Promise((resolve) =>
      child.once('close', (code, signal) => {
        // a process killed with SIGKILL runs no exit handler: remove what ts-run would have
        if (signal === 'SIGKILL' && pid) removeTsRunBundles(pid)
        resolve(code ?? signal ?? 1)
      }),
    )
  }
  start()
  // this process may end without stop() (an uncaught error, process.exit): the server goes with it,
  // never left running on its port without anyone to stop it
  process.on('exit', () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  })

  const kill = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    return exit
  }

  return {
    url,
    database: { name: database.name, url: database.url },
    env: serverEnv,
    get process() {
      return child
    },
    exited: () => exit,
    ready: (timeoutMs = 120_000) => waitForHealth(url, timeoutMs, () => exit),
    kill,
    start,
    async stop() {
      const gone = kill('SIGTERM')
      const timer = setTimeout(() => void kill('SIGKILL'), 15_000)
      await gone
      clearTimeout(timer)
      if (log !== null) fs.closeSync(log)
      await cleanup()
    },
  }
}

function openLog(file: string): number {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  return fs.openSync(file, 'a')
}

/** ts-run writes `.ts-run-<name>-<pid>.mjs` next to payload.config.ts and removes it on exit. */
function removeTsRunBundles(pid: number) {
  for (const name of fs.readdirSync('.')) {
    if (name.startsWith('.ts-run-') && name.endsWith(`-${pid}.mjs`)) fs.rmSync(name, { force: true })
  }
}

async function waitForHealth(url: string, timeoutMs: number, exited: () => Promise<unknown>) {
  const until = Date.now() + timeoutMs
  let gone: unknown = null
  void exited().then((code) => (gone = code ?? 'exit'))
  while (Date.now() < until) {
    if (gone !== null) throw new Error(`the server exited (${String(gone)}) before it answered ${url}/api/health`)
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) })
      await res.arrayBuffer()
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`the server did not answer ${url}/api/health within ${Math.round(timeoutMs / 1000)} s`)
}
