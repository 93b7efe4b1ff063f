/** Assembly only: adapter, collections, globals, editor, localization, i18n, email, jobs, plugins. */
import { postgresAdapter } from '@payloadcms/db-postgres'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { restrictPayloadInternals } from './src/access/payload-internals'
import { Events } from './src/collections/Events'
import { Faqs } from './src/collections/Faqs'
import { GlossaryTerms } from './src/collections/GlossaryTerms'
import { Media, MAX_UPLOAD_BYTES } from './src/collections/Media'
import { Pages } from './src/collections/Pages'
import { Practices } from './src/collections/Practices'
import { Principles } from './src/collections/Principles'
import { Resources } from './src/collections/Resources'
import { ReviewEvents } from './src/collections/ReviewEvents'
import { Sources } from './src/collections/Sources'
import { Submissions } from './src/collections/Submissions'
import { DigestSubscribers } from './src/digest/collection'
import { poolConfig, readReplicaUrls } from './src/db/pool'
import { richTextEditor } from './src/fields/richtext'
import { Themes } from './src/collections/Themes'
import { Topics } from './src/collections/Topics'
import { Users } from './src/collections/Users'
import { SiteSettings } from './src/globals/SiteSettings'
import { GRAPHQL_BUDGET, graphQLBudgetRule } from './src/lib/graphql-budget'
import { DEFAULT_LOCALE, LOCALES } from './src/lib/languages'
import { payloadSecret } from './src/lib/env'
import { emailAdapter } from './src/email'
import { jobs } from './src/jobs'
import { plugins } from './src/plugins'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Payload adds its jobs-stats global and migrations collection while sanitising, with its default access
// (any signed-in user): src/access/payload-internals.ts sets theirs on the sanitized config
export default buildConfig({
  serverURL: process.env.SERVER_URL || undefined,
  secret: payloadSecret(),
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' · Allyship Hub admin' },
    // no Gravatar: the admin makes no requests to third parties
    avatar: 'default',
    // the moderation queue's count in the navigation, and the community summary on the dashboard
    components: {
      beforeNavLinks: ['/src/components/admin/NewSubmissionsLink#NewSubmissionsLink'],
      beforeDashboard: [
        '/src/components/admin/ModerationDashboard#ModerationDashboard',
        // broken and moved resource links (src/link-health)
        '/src/components/admin/LinkHealthWidget#LinkHealthWidget',
        // the review workflow: waiting for my review, my drafts, changes requested, stale (src/workflow)
        '/src/components/admin/ReviewDashboard#ReviewDashboard',
        // email digest subscribers: counts for staff, the list for admins (src/digest)
        '/src/digest/admin/SubscriberCount#SubscriberCount',
      ],
    },
  },
  collections: [
    Principles,
    Themes,
    Topics,
    Resources,
    GlossaryTerms,
    Practices,
    Faqs,
    Events,
    Pages,
    Sources,
    Media,
    Submissions,
    DigestSubscribers,
    ReviewEvents,
    Users,
  ],
  globals: [SiteSettings],
  // Lexical with links held to http, https, mailto and site paths (src/fields/richtext.ts)
  editor: richTextEditor,
  localization: {
    locales: LOCALES.map(({ code, label }) => ({ code, label })),
    defaultLocale: DEFAULT_LOCALE,
    fallback: true,
  },
  i18n: { supportedLanguages: { en, fr }, fallbackLanguage: 'en' },
  db: postgresAdapter({
    // DATABASE_POOL_MAX and DATABASE_STATEMENT_TIMEOUT_MS (src/db/pool.ts)
    pool: poolConfig(),
    // DATABASE_REPLICA_URLS (src/db/pool.ts): reads go to replicas, writes to DATABASE_URL
    readReplicas: readReplicaUrls(),
    // Schema reaches real databases only through committed migrations.
    push: false,
    migrationDir: path.resolve(dirname, 'migrations'),
  }),
  upload: { limits: { fileSize: MAX_UPLOAD_BYTES } },
  // every query within a budget of depth and of objects it could return (src/lib/graphql-budget.ts)
  graphQL: { validationRules: (args) => [graphQLBudgetRule(GRAPHQL_BUDGET, args.variableValues)] },
  // @payloadcms/email-nodemailer on SMTP when SMTP_HOST is set (src/email/), else Payload's console adapter
  email: emailAdapter(),
  // notifications, retention, the nightly link check and scheduled publishing (src/jobs/)
  jobs,
  // redirects for changed slugs (src/redirects) and media on S3 when configured (src/plugins/storage.ts)
  plugins: plugins(),
  sharp,
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  telemetry: false,
}).then(restrictPayloadInternals)
