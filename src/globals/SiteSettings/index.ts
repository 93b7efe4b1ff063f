import type { GlobalConfig } from 'payload'
import { admins, anyone } from '@/access'
import { revalidateGlobal } from '@/hooks/revalidate'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: 'Site settings',
  access: { read: anyone, update: admins },
  admin: { group: 'Settings' },
  hooks: { afterChange: [revalidateGlobal] },
  fields: [
    { name: 'siteName', type: 'text', required: true, localized: true, defaultValue: 'Allyship Hub' },
    {
      name: 'tagline',
      type: 'textarea',
      localized: true,
      maxLength: 300,
      admin: { description: 'What the hub is, in two sentences, for the home page and link previews.' },
    },
    {
      name: 'navigation',
      type: 'array',
      maxRows: 10,
      admin: { description: 'Main menu links, in order.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', type: 'text', required: true, localized: true },
            {
              name: 'href',
              type: 'text',
              required: true,
              admin: { description: 'A path such as /principles, or a full URL.' },
            },
          ],
        },
      ],
    },
    { name: 'landAcknowledgement', type: 'textarea', localized: true, maxLength: 1500 },
    { name: 'footer', type: 'textarea', localized: true, maxLength: 1000 },
    {
      type: 'row',
      fields: [
        { name: 'contactEmail', type: 'email', admin: { description: 'Public contact address (shown on the site).' } },
        { name: 'contactUrl', type: 'text' },
      ],
    },
  ],
}
