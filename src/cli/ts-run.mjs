#!/usr/bin/env node
/**
 * Run a TypeScript entry point of ours without a module loader:
 *
 *   node src/cli/ts-run.mjs src/cli/migrate.ts [args...]
 *
 * Our code is bundled with esbuild into one ES module (packages stay external and
 * load as plain JavaScript), written next to payload.config.ts so `import.meta.url`
 * means the same directory, imported, and removed.
 *
 * Why it is still here on Node 22 and 24: Node's own TypeScript support strips types but
 * resolves imports as Node does, so `@/…` aliases, extensionless specifiers and `.tsx`
 * files do not load; a runner is needed on every supported Node. Payload's `payload run`
 * and `payload migrate` use tsx, which on Node 20 (still in `engines`) runs its loader on
 * a separate thread, and about one start in twenty deadlocks (exit code 13 and no output,
 * or a hang). On Node 24.22 and 20.20 `payload migrate` passed 8 of 8 starts here, so once
 * Node 20 leaves `engines` this file can give way to `payload run`.
 */
import { build } from 'esbuild'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const [entry, ...args] = process.argv.slice(2)
if (!entry) {
  console.error('usage: node src/cli/ts-run.mjs <entry.ts> [args...]')
  process.exit(2)
}
const root = process.cwd()
const outfile = path.join(root, `.ts-run-${path.basename(entry, path.extname(entry))}-${process.pid}.mjs`)

/**
 * Packages whose native ESM module graph can deadlock on Node 20 when loaded with
 * `import` (an import cycle that, about half the time, never finishes evaluating:
 * exit code 13 or a hang). Bundling them flattens the cycle.
 */
const BUNDLED = /^@payloadcms\/richtext-lexical(\/|$)/

/**
 * `next` has no `exports` map, so Node's ESM resolver needs the file name of its
 * subpath entry points (`next/cache` → `next/cache.js`); Next's own bundler does not.
 */
const NEXT_SUBPATH = /^next\/[a-z-]+$/

/** Bare imports stay external, except the project's own aliases and BUNDLED. */
const ownAliases = {
  name: 'own-aliases',
  setup(b) {
    b.onResolve({ filter: /^@payload-config$/ }, () => ({ path: path.join(root, 'payload.config.ts') }))
    b.onResolve({ filter: /^@\// }, (a) =>
      b.resolve(`./${a.path.slice(2)}`, { resolveDir: path.join(root, 'src'), kind: a.kind }),
    )
    b.onResolve({ filter: NEXT_SUBPATH }, (a) => ({ path: `${a.path}.js`, external: true }))
    b.onResolve({ filter: /^[^./]/ }, (a) => (BUNDLED.test(a.path) ? undefined : { external: true }))
  },
}

try {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'error',
    plugins: [ownAliases],
  })
} catch {
  process.exit(1) // esbuild has printed the error
}
process.argv = [process.argv[0], entry, ...args]
// the script may call process.exit() before its import settles: remove the bundle on exit too
process.on('exit', () => fs.rmSync(outfile, { force: true }))
try {
  await import(pathToFileURL(outfile).href)
} finally {
  fs.rmSync(outfile, { force: true })
}
