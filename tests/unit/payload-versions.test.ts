/**
 * Payload refuses to start when its packages differ in version ("all payload packages must share
 * one version"), and a plugin a minor behind breaks in subtler ways. Every `payload` and
 * `@payloadcms/*` package, as package.json pins it and as installed, has one exact version.
 */
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
type Manifest = {
  version?: string
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  packages?: Record<string, { version?: string }>
}
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Manifest
const isPayload = (name: string) => name === 'payload' || name.startsWith('@payloadcms/')

describe('Payload packages', () => {
  const pkg = readJson('package.json')
  const pinned = Object.entries({ ...pkg.dependencies, ...pkg.devDependencies }).filter(([n]) => isPayload(n))

  it('are pinned to one exact version in package.json', () => {
    expect(pinned.length).toBeGreaterThan(5)
    for (const [name, range] of pinned) expect(range, name).toMatch(/^\d+\.\d+\.\d+$/)
    expect(new Set(pinned.map(([, v]) => v)).size, JSON.stringify(Object.fromEntries(pinned))).toBe(1)
  })

  it('resolve to that same version everywhere in package-lock.json, transitive ones included', () => {
    const version = pinned[0]![1]
    const locked = Object.entries(readJson('package-lock.json').packages ?? {})
      .filter(([where]) => isPayload(where.replace(/^.*node_modules\//, '')))
      .map(([where, info]) => [where, info.version] as const)
    expect(locked.length).toBeGreaterThanOrEqual(pinned.length)
    expect(locked.filter(([, v]) => v !== version)).toEqual([])
  })

  it('are installed at that version', () => {
    const version = pinned[0]![1]
    for (const [name] of pinned) expect(readJson(`node_modules/${name}/package.json`).version, name).toBe(version)
  })
})
