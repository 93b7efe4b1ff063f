/**
 * The resources collection's bulk endpoints, for editors and admins only (403 for everyone else):
 *
 * - `POST /api/resources/import?dryRun=1&source=<id>`: the CSV (or tab-separated text) as the body
 *   (`text/csv`, `text/plain`) or as a multipart form (`file` or `text`, and the same parameters as
 *   fields). Answers the report as JSON, or, with `Accept: application/x-ndjson`, a line
 *   `{"type":"progress","done":n,"total":m}` after each batch and finally `{"type":"report",...}`.
 * - `GET /api/resources/export.csv`: src/import/export.ts.
 */
import type { Endpoint, PayloadRequest } from 'payload'
import { isEditorUser } from '../access/roles'
import { CREDIT_ROLES } from '../fields/credits'
import type { User } from '../payload-types'
import { exportResources } from './export'
import { CsvError } from './parse'
import { runImport } from './run'

/** 5 MB: some 20,000 rows; more is split into several files. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024

const json = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })

const TOO_LARGE = `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB: split it into several files and import them one by one.`

type Input = { text: string; params: Record<string, string> }

async function readInput(req: PayloadRequest): Promise<Input | Response> {
  const length = Number(req.headers.get('content-length') ?? 0)
  if (length > MAX_IMPORT_BYTES) return json(413, TOO_LARGE)
  const params: Record<string, string> = {}
  for (const [k, v] of Object.entries(req.query ?? {})) if (typeof v === 'string') params[k] = v
  const type = req.headers.get('content-type') ?? ''
  let text = ''
  if (type.includes('multipart/form-data') || type.includes('application/x-www-form-urlencoded')) {
    const form = await req.formData!()
    for (const [k, v] of form.entries()) {
      if (k === 'file' && typeof v !== 'string') text = await v.text()
      else if (k === 'text' && typeof v === 'string') text ||= v
      else if (typeof v === 'string') params[k] = v
    }
  } else text = (await req.text?.()) ?? ''
  if (Buffer.byteLength(text) > MAX_IMPORT_BYTES) return json(413, TOO_LARGE)
  return { text, params }
}

const yes = (value: string | undefined) => value !== undefined && !['0', 'false', 'no', ''].includes(value)

async function importResources(req: PayloadRequest): Promise<Response> {
  if (!isEditorUser(req.user)) return json(403, 'Only editors and admins can import resources.')
  const input = await readInput(req)
  if (input instanceof Response) return input
  const { text, params } = input
  if (!text.trim()) return json(400, 'Send a CSV file, or paste the rows with their header line.')
  const source = Number(params.source)
  const found =
    Number.isInteger(source) && source > 0
      ? await req.payload
          .findByID({ collection: 'sources', id: source, depth: 0, disableErrors: true, overrideAccess: true })
          .catch(() => null)
      : null
  if (!found) return json(400, 'Choose the source the resources come from: it is credited on every draft.')
  const role = params.role && CREDIT_ROLES.some((r) => r.value === params.role) ? params.role : 'adapted-from'
  const options = { dryRun: yes(params.dryRun), source, role, locale: params.locale === 'fr' ? 'fr' : 'en' } as const
  const user = req.user as User
  const failure = (err: unknown) =>
    err instanceof CsvError ? json(400, err.message) : json(500, 'The import stopped: nothing more was created.')

  if (!(req.headers.get('accept') ?? '').includes('application/x-ndjson')) {
    try {
      return Response.json(await runImport(req.payload, user, text, options), {
        headers: { 'Cache-Control': 'no-store' },
      })
    } catch (err) {
      if (!(err instanceof CsvError)) req.payload.logger.error({ err }, 'resource import failed')
      return failure(err)
    }
  }
  const encoder = new TextEncoder()
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (line: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(line)}\n`))
      try {
        const report = await runImport(req.payload, user, text, {
          ...options,
          onProgress: (done, total) => send({ type: 'progress', done, total }),
        })
        send({ type: 'report', ...report })
      } catch (err) {
        if (!(err instanceof CsvError)) req.payload.logger.error({ err }, 'resource import failed')
        const body = (await failure(err).json()) as { errors: { message: string }[] }
        send({ type: 'error', message: body.errors[0]?.message })
      }
      controller.close()
    },
  })
  return new Response(stream, {
    headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Cache-Control': 'no-store' },
  })
}

export const resourceImportEndpoints: Endpoint[] = [
  { path: '/import', method: 'post', handler: importResources },
  { path: '/export.csv', method: 'get', handler: exportResources },
]
