/**
 * Demo content, idempotent: documents are looked up by slug and created only when
 * missing, so a second run changes nothing and duplicates nothing. Written one step per
 * collection in dependency order (sources → themes → topics → principles → resources → terms
 * → practices → FAQs → events → pages → related terms → settings; steps/index.ts). Everything
 * seeded is published and passes its collection's own validation.
 */
import type { Payload } from 'payload'
import { createSeedContext } from './context'
import { STEPS, type Counts } from './steps'

export { ensureAdmin } from './admin'

export type SeedReport = Record<string, Counts>

export async function seed({
  payload,
  log = console.log,
}: {
  payload: Payload
  log?: (line: string) => void
}): Promise<SeedReport> {
  const ctx = await createSeedContext(payload)
  const report: SeedReport = {}
  const total = STEPS.reduce((n, s) => n + s.size, 0)
  let done = 0
  const progress = (label: string) => {
    const width = 24
    const filled = Math.round((done / total) * width)
    log(`  [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(done).padStart(3)}/${total} ${label}`)
  }

  for (const step of STEPS) {
    const result = await step.run(ctx)
    done += step.size
    if (!result) continue
    report[step.name] = result.counts
    progress(result.line)
  }
  return report
}
