/**
 * Where media files live, for backup and restore: the folder MEDIA_DIR (default .data/media), or
 * the S3 bucket when all five S3_* variables are set (the same rule as src/plugins/storage.ts).
 */
import {
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type ListObjectsV2CommandOutput,
} from '@aws-sdk/client-s3'
import fs from 'node:fs'
import path from 'node:path'
import { s3Settings } from '@/plugins/storage'
import { listFiles, safeMediaName } from './index'

export type MediaStore = {
  kind: 'disk' | 's3'
  label: string
  list(): Promise<string[]>
  read(name: string): Promise<Buffer>
  write(name: string, data: Buffer): Promise<void>
}

export function mediaStore(env: Record<string, string | undefined> = process.env): MediaStore {
  const s3 = s3Settings(env)
  if (!s3) {
    const root = path.resolve(env.MEDIA_DIR ?? path.join(process.cwd(), '.data', 'media'))
    return {
      kind: 'disk',
      label: root,
      list: async () => listFiles(root),
      read: async (name) => fs.readFileSync(path.join(root, safeMediaName(name))),
      write: async (name, data) => {
        const file = path.join(root, safeMediaName(name))
        fs.mkdirSync(path.dirname(file), { recursive: true })
        fs.writeFileSync(file, data)
      },
    }
  }
  const client = new S3Client({
    endpoint: s3.endpoint,
    region: s3.region,
    credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
    forcePathStyle: true,
  })
  return {
    kind: 's3',
    label: `s3://${s3.bucket} at ${s3.endpoint}`,
    async list() {
      const keys: string[] = []
      let token: string | undefined
      do {
        const page: ListObjectsV2CommandOutput = await client.send(
          new ListObjectsV2Command({ Bucket: s3.bucket, ContinuationToken: token }),
        )
        for (const object of page.Contents ?? []) if (object.Key) keys.push(object.Key)
        token = page.IsTruncated ? page.NextContinuationToken : undefined
      } while (token)
      return keys.sort()
    },
    async read(name) {
      const res = await client.send(new GetObjectCommand({ Bucket: s3.bucket, Key: name }))
      return Buffer.from(await res.Body!.transformToByteArray())
    },
    async write(name, data) {
      await client.send(new PutObjectCommand({ Bucket: s3.bucket, Key: safeMediaName(name), Body: data }))
    },
  }
}
