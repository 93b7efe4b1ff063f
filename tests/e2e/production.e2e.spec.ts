/** Production safety: the server refuses to start without PAYLOAD_SECRET. */
import { spawn } from 'node:child_process'
import { expect, test } from '@playwright/test'

test('next start refuses to run in production without PAYLOAD_SECRET', async () => {
  test.setTimeout(90_000)
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', PORT: '3199' }
  delete env.PAYLOAD_SECRET
  const child = spawn('node_modules/.bin/next', ['start', '--port', '3199'], { env, cwd: process.cwd() })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      resolve(null)
    }, 60_000)
    child.on('exit', (c) => {
      clearTimeout(timer)
      resolve(c)
    })
  })
  expect(code, output).not.toBe(0)
  expect(code, 'the server kept running without a secret').not.toBeNull()
  expect(output).toContain('PAYLOAD_SECRET is not set')
})
