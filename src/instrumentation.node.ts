/** Refuse to serve with an unsafe configuration (Node.js runtime only). */
import { payloadSecret } from './lib/env'

try {
  payloadSecret()
} catch (err) {
  console.error(`\n[allyship-hub] ${(err as Error).message}\n`)
  process.exit(1)
}
