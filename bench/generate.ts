/**
 * The catalogue step of the bench, in a process of its own (so the bench's own memory and
 * connections stay out of what it measures):
 *
 *   node src/cli/ts-run.mjs bench/generate.ts '{"resources":20000,"terms":500,"topics":200}'
 *
 * with DATABASE_URL set. Prints progress as it goes (each step, then every tenth of it) and, last,
 * `SUMMARY <json>`: the generator's summary, which bench/run.ts reads.
 */
import { generateCatalogue, type CatalogueOptions, type CatalogueStep } from './catalogue'

/** bench/run.ts reads the line that starts with this */
const SUMMARY_PREFIX = 'SUMMARY '

async function main() {
  const url = process.env.DATABASE_URL
  if (!url) throw new Error('DATABASE_URL is not set')
  const size = JSON.parse(process.argv[2] ?? '{}') as Pick<CatalogueOptions, 'resources' | 'terms' | 'topics'>
  let step: CatalogueStep | null = null
  let shown = -1
  const summary = await generateCatalogue(url, {
    ...size,
    onProgress: (p) => {
      const tenth = p.total ? Math.floor((p.done / p.total) * 10) : 10
      if (p.step === step && tenth === shown) return
      step = p.step
      shown = tenth
      console.log(`${p.step}: ${p.done}/${p.total}`)
    },
  })
  console.log(`${SUMMARY_PREFIX}${JSON.stringify(summary)}`)
}

main()
  .then(() => process.exit(0))
  .catch((err: unknown) => {
    console.error('Catalogue generation failed:', err)
    process.exit(1)
  })
