/**
 * The processes the bench starts, and how they are watched and stopped: the production server (one
 * or two instances), the bare node:http server, the setup steps (migrate, seed, catalogue). Every
 * child gets its own process group, so that stopping it stops whatever it started too, and every
 * one of them is stopped at the end or on Ctrl-C (`stopAll`).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/** The production server `npm start` runs, once it exists; `next start` before that. */
export const SERVER_ENTRY = 'src/server/start.ts'

/**
 * The name the servers listen on and are asked at: loopback only. `localhost`, not `127.0.0.1`:
 * Next builds its rewrite targets with `localhost`, and a server started with
 * `--hostname 127.0.0.1` takes the locale rewrite of every English page for an external one and
 * answers it with a 307 to itself.
 */
export const SERVER_HOST = 'localhost'

export type ServerKind = 'page-cache server (src/server/start.ts)' | 'next start (no page cache)'

/** The command that runs the production server on `port`: one place, so the bench follows `npm start`. */
export function serverCommand(port: number): { command: string; args: string[]; kind: ServerKind } {
  if (fs.existsSync(SERVER_ENTRY)) {
    return {
      command: process.execPath,
      args: ['src/cli/ts-run.mjs', SERVER_ENTRY],
      kind: 'page-cache server (src/server/start.ts)',
    }
  }
  return {
    command: path.resolve('node_modules/.bin/next'),
    args: ['start', '--port', String(port), '--hostname', SERVER_HOST],
    kind: 'next start (no page cache)',
  }
}

const children = new Set<ChildProcess>()

/** Start a child in its own process group, its output appended to `logFile`. */
export function startChild(command: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): ChildProcess {
  const out = fs.openSync(logFile, 'a')
  const child = spawn(command, args, { env, stdio: ['ignore', out, out], detached: true })
  fs.closeSync(out)
  children.add(child)
  child.once('exit', () => children.delete(child))
  return child
}

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null

/** SIGTERM to the child's process group, SIGKILL after `graceMs`; settles once it has exited. */
export async function stopChild(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (exited(child) || !child.pid) return
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, s)
    } catch {
      // the group is gone already
    }
  }
  signal('SIGTERM')
  const timer = setTimeout(() => signal('SIGKILL'), graceMs)
  await gone
  clearTimeout(timer)
  // whatever the child started and left behind in its group
  signal('SIGKILL')
}

export async function stopAll(): Promise<void> {
  await Promise.all([...children].map((c) => stopChild(c)))
}

/** Run a setup step to its end, its output into `logFile`; rejects with the log's tail when it fails. */
export async function runStep(command: string, args: string[], env: NodeJS.ProcessEnv, logFile: string) {
  const child = startChild(command, args, env, logFile)
  const code = await new Promise<number>((resolve) => child.once('exit', (c, s) => resolve(c ?? (s ? 1 : 0))))
  if (code !== 0) throw new Error(`${[command, ...args].join(' ')} failed (exit ${code}):\n${tail(logFile)}`)
}

/** The last lines of a log, for error messages. */
export function tail(logFile: string, lines = 25): string {
  try {
    return fs.readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-lines).join('\n')
  } catch {
    return '(no output)'
  }
}

/** Like runStep, but each line the step prints goes through `onLine` as it comes (progress). */
export async function runStepWithProgress(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  logFile: string,
  onLine: (line: string) => void,
): Promise<void> {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  children.add(child)
  const log = fs.createWriteStream(logFile, { flags: 'a' })
  let buffered = ''
  const take = (chunk: Buffer) => {
    log.write(chunk)
    buffered += chunk.toString('utf8')
    const parts = buffered.split('\n')
    buffered = parts.pop() ?? ''
    for (const line of parts) if (line.trim()) onLine(line)
  }
  child.stdout!.on('data', take)
  child.stderr!.on('data', take)
  const code = await new Promise<number>((resolve) =>
    child.once('exit', (c, s) => {
      children.delete(child)
      resolve(c ?? (s ? 1 : 0))
    }),
  )
  await new Promise<void>((resolve) => log.end(resolve))
  if (code !== 0) throw new Error(`${[command, ...args].join(' ')} failed (exit ${code}):\n${tail(logFile)}`)
}

/** Poll `url` until it answers `status` (200), or the child exits, or `timeoutMs` passes. */
export async function waitFor(url: string, child: ChildProcess, logFile: string, timeoutMs = 120_000, status = 200) {
  const until = Date.now() + timeoutMs
  let last = 'no answer'
  let failingSince: number | null = null
  while (Date.now() < until) {
    if (exited(child)) throw new Error(`the server stopped before answering ${url}:\n${tail(logFile)}`)
    let answered: number | null = null
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(30_000), redirect: 'manual' })
      await res.arrayBuffer()
      answered = res.status
    } catch (err) {
      // not listening yet
      last = err instanceof Error ? err.message : String(err)
    }
    if (answered === status) return
    if (answered !== null) {
      last = `status ${answered}`
      // a server that is up and answers errors (or redirects) will not get better by waiting
      failingSince ??= Date.now()
      if (Date.now() - failingSince > 15_000) {
        throw new Error(`${url} answers ${answered} instead of ${status} (for 15 s now):\n${tail(logFile)}`)
      }
    }
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`${url} did not answer ${status} within ${timeoutMs / 1000} s (last: ${last}):\n${tail(logFile)}`)
}

/** Resident memory of a process and all its descendants, in bytes, from /proc (Linux); null elsewhere. */
export function treeRss(rootPid: number): number | null {
  let entries: string[]
  try {
    entries = fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e))
  } catch {
    return null
  }
  const parent = new Map<number, number>()
  for (const e of entries) {
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid ...": comm may hold spaces, so split after the last ')'
      const stat = fs.readFileSync(`/proc/${e}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      parent.set(Number(e), ppid)
    } catch {
      // gone meanwhile
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid, hops = 0; p && hops < 64; p = parent.get(p), hops++)
      if (p === rootPid) return true
    return false
  }
  let total = 0
  let found = false
  for (const pid of parent.keys()) {
    if (!inTree(pid)) continue
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
      if (m) {
        total += Number(m[1]) * 1024
        found = true
      }
    } catch {
      // gone meanwhile
    }
  }
  return found ? total : null
}

/** Samples a server's tree RSS every `everyMs` while running; `peak` and `last` in bytes. */
export function watchRss(pid: number, everyMs = 250) {
  const state = { peak: 0, last: 0, samples: 0 }
  const sample = () => {
    const rss = treeRss(pid)
    if (rss === null) return
    state.last = rss
    state.peak = Math.max(state.peak, rss)
    state.samples++
  }
  sample()
  const timer = setInterval(sample, everyMs)
  timer.unref()
  return {
    state,
    /** restart the peak (e.g. at the start of the load phases) */
    resetPeak: () => {
      state.peak = state.last
    },
    stop: () => clearInterval(timer),
  }
}
