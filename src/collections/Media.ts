import type { CollectionConfig } from 'payload'
import path from 'node:path'
import { anyone, editorsAndAdmins, staff } from '../access'
import { licence } from '../fields/licence'

/** Raster images only: SVG can carry scripts, so it is not accepted. */
export const IMAGE_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif']
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024

export const Media: CollectionConfig = {
  slug: 'media',
  access: { read: anyone, create: staff, update: staff, delete: editorsAndAdmins },
  admin: {
    group: 'Content',
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'licence', 'updatedAt'],
    listSearchableFields: ['alt', 'filename'],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      maxLength: 300,
      admin: { description: 'What the image shows, for people who cannot see it. Required.' },
    },
    { name: 'caption', type: 'text', localized: true },
    { name: 'credit', type: 'text', admin: { description: 'Photographer or artist, as they wish to be credited.' } },
    { name: 'source', type: 'relationship', relationTo: 'sources' },
    licence({ defaultValue: 'unknown' }),
  ],
  upload: {
    staticDir: path.resolve(process.env.MEDIA_DIR ?? path.join(process.cwd(), '.data', 'media')),
    mimeTypes: IMAGE_MIME_TYPES,
    imageSizes: [
      { name: 'thumbnail', width: 400 },
      { name: 'card', width: 768 },
    ],
    adminThumbnail: 'thumbnail',
  },
}
