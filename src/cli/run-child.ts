import { spawn } from 'node:child_process'
import path from 'node:path'

/** Project binaries (next, payload) resolve even when run outside `npm run`. */
const BIN = path.join(process.cwd(), 'node_modules', '.bin')

/**
 * A wrapper that owns a database must outlive its child: Ctrl+C reaches the whole
 * process group, so the wrapper ignores the signal
 * itself and cleans up after the child has exited.
 */
export function keepAliveOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => undefined)
}

/**
 * Run a command with extra environment, inheriting stdio. SIGINT/SIGTERM reach the
 * child, and the promise settles only when the child has exited, so callers can
 * clean up (stop the embedded database) after it.
 */
export function runChild(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: 'inherit',
      env: { ...process.env, PATH: `${BIN}${path.delimiter}${process.env.PATH ?? ''}`, ...env },
    })
    const forward = (signal: NodeJS.Signals) => () => child.kill(signal)
    const onInt = forward('SIGINT')
    const onTerm = forward('SIGTERM')
    process.on('SIGINT', onInt)
    process.on('SIGTERM', onTerm)
    child.once('error', (err) => reject(new Error(`Could not run ${command}: ${err.message}`)))
    child.once('exit', (code, signal) => {
      process.off('SIGINT', onInt)
      process.off('SIGTERM', onTerm)
      resolve(code ?? (signal ? 128 + (signal === 'SIGINT' ? 2 : 15) : 1))
    })
  })
}
