/**
 * npm run generate:types | generate:importmap — Payload's generators, run through our
 * own runner (see ts-run.mjs) so they cannot silently do nothing.
 */
import configPromise from '@payload-config'
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'

async function main() {
  const what = process.argv[2]
  const config = await configPromise
  if (what === 'types') {
    await generateTypes(config, { log: true })
    console.log(`Types written to ${config.typescript.outputFile}`)
  } else if (what === 'importmap') {
    await generateImportMap(config, { force: true, log: true })
    console.log('Import map written.')
  } else {
    throw new Error('usage: node src/cli/ts-run.mjs src/cli/generate.ts types|importmap')
  }
}

main()
  .then(() => process.exit(0))
  .catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err)
    process.exit(1)
  })
