/**
 * Media on S3-compatible storage (@payloadcms/storage-s3, src/plugins/storage.ts): with the five
 * S3_* variables set, an uploaded image (and its resized copies) is stored in the bucket, not on
 * disk, is read back through /api/media/file/<name>, and leaves the bucket when deleted. Against a
 * real S3-protocol server (s3rver) on 127.0.0.1, started here before the Payload config is read
 * (so everything that imports the config is imported after it).
 */
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import S3rver from 's3rver'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { s3Settings } from '@/plugins/storage'

const BUCKET = 'hub-media-test'
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'allyship-s3rver-'))
const s3rver = new S3rver({
  address: '127.0.0.1',
  port: 0,
  silent: true,
  directory: dir,
  configureBuckets: [{ name: BUCKET, configs: [] }],
})
const { port } = (await s3rver.run()) as AddressInfo
Object.assign(process.env, {
  S3_BUCKET: BUCKET,
  S3_ENDPOINT: `http://127.0.0.1:${port}`,
  S3_REGION: 'us-east-1',
  // s3rver's fixed development credentials
  S3_ACCESS_KEY_ID: 'S3RVER',
  S3_SECRET_ACCESS_KEY: 'S3RVER',
})
const { default: config } = await import('@payload-config')
const { getPayload } = await import('payload')
const { REST_GET } = await import('@payloadcms/next/routes')
// after the environment: this helper reads the Payload config too
const { closePayload, seedUser } = await import('../helpers/payload')

const client = new S3Client({
  endpoint: process.env.S3_ENDPOINT,
  region: 'us-east-1',
  forcePathStyle: true,
  credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
})
const keys = async () =>
  ((await client.send(new ListObjectsV2Command({ Bucket: BUCKET }))).Contents ?? []).map((o) => o.Key!).sort()

let payload: Payload

beforeAll(async () => {
  payload = await getPayload({ config })
})
afterAll(async () => {
  await closePayload(payload)
  await new Promise<void>((resolve) => s3rver.close(() => resolve()))
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('media on S3-compatible storage', () => {
  it('reads all five S3_* variables, and refuses a partial set with the names that are missing', () => {
    expect(s3Settings({})).toBeNull()
    expect(s3Settings(process.env)).toMatchObject({ bucket: BUCKET, region: 'us-east-1' })
    expect(() => s3Settings({ S3_BUCKET: 'b', S3_REGION: 'r' })).toThrow(
      /missing: S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY/,
    )
  })

  it('stores an upload and its sizes in the bucket, not on disk, serves it back, and deletes it', async () => {
    const admin = await seedUser(payload, ['admin'])
    const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 200, g: 80, b: 40 } } })
      .png()
      .toBuffer()
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'An orange rectangle', licence: 'cc0-1.0' },
      file: { data: png, mimetype: 'image/png', name: 'orange.png', size: png.length },
      user: admin,
      overrideAccess: false,
    })
    expect(media.filename).toBe('orange.png')
    expect(await keys()).toEqual(['orange-400x267.png', 'orange-768x512.png', 'orange.png'])
    // nothing was written to the local media folder
    expect(fs.existsSync(path.join(process.env.MEDIA_DIR!, 'orange.png'))).toBe(false)

    const stored = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'orange.png' }))
    expect(Buffer.from(await stored.Body!.transformToByteArray()).equals(png)).toBe(true)

    // what a reader's browser gets, through Payload's file route (the media collection's read access)
    const res = await REST_GET(config)(new Request('http://localhost/api/media/file/orange.png'), {
      params: Promise.resolve({ slug: ['media', 'file', 'orange.png'] }),
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true)

    await payload.delete({ collection: 'media', id: media.id, overrideAccess: true })
    expect(await keys()).toEqual([])
  })
})
