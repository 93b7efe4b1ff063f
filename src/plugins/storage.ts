/**
 * Media on S3-compatible storage (`@payloadcms/storage-s3`) when S3_BUCKET, S3_ENDPOINT, S3_REGION,
 * S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are all set; on local disk (MEDIA_DIR, default
 * .data/media) otherwise. Files are still served through /api/media/file/<name> under the media
 * collection's read access, so no bucket needs to be public.
 *
 * The plugin's fields are always in the schema (`alwaysInsertFields`), so one set of migrations
 * fits both modes and switching storage never needs a schema change.
 */
import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

type Env = Record<string, string | undefined>

export type S3Settings = {
  bucket: string
  endpoint: string
  region: string
  accessKeyId: string
  secretAccessKey: string
}

const NAMES = ['S3_BUCKET', 'S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const

/** All five S3_* variables, or null when none is set; some but not all is a configuration error. */
export function s3Settings(env: Env = process.env): S3Settings | null {
  const values = NAMES.map((n) => env[n]?.trim() ?? '')
  if (values.every((v) => !v)) return null
  const missing = NAMES.filter((_, i) => !values[i])
  if (missing.length) throw new Error(`S3 storage needs all of ${NAMES.join(', ')}; missing: ${missing.join(', ')}.`)
  const [bucket, endpoint, region, accessKeyId, secretAccessKey] = values as [string, string, string, string, string]
  return { bucket, endpoint, region, accessKeyId, secretAccessKey }
}

export function mediaStorage(env: Env = process.env): Plugin {
  const s3 = s3Settings(env)
  return s3Storage({
    enabled: Boolean(s3),
    alwaysInsertFields: true,
    collections: { media: true },
    bucket: s3?.bucket ?? 'unused',
    config: {
      endpoint: s3?.endpoint,
      region: s3?.region ?? 'us-east-1',
      credentials: s3 ? { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey } : undefined,
      // MinIO, Garage, Ceph and most S3-compatible servers want bucket names in the path
      forcePathStyle: true,
    },
  })
}
