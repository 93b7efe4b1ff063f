/**
 * Demo content, idempotent: documents are looked up by slug and created only when
 * missing, so a second run changes nothing and duplicates nothing. Written in
 * dependency order (sources → themes → topics → principles → resources → terms
 * → practices → FAQs → events → pages → settings). Everything seeded is
 * published and passes its collection's own validation.
 */
import type { CollectionSlug, Payload } from 'payload'
import * as fx from './fixtures'
import { markdownConverter } from './markdown'
import type { Credit, Localized } from './types'

type Log = (line: string) => void
type Data = Record<string, unknown>
type Step = {
  collection: CollectionSlug
  items: { slug: string }[]
  build: (item: never) => { en: Data; fr: Data }
  /** localized required fields: a French version is written only when all of them are translated */
  frRequired?: string[]
}

/** A validation error's field messages, so a bad fixture says exactly what to fix. */
function describe(err: unknown): string {
  const fields = (err as { data?: { errors?: { path: string; message: string }[] } }).data?.errors
  if (fields?.length) return fields.map((f) => `${f.path}: ${f.message}`).join('; ')
  return err instanceof Error ? err.message : String(err)
}

export type SeedReport = Record<string, { created: number; kept: number }>

const CONTEXT = { disableRevalidate: true, seeding: true }

export async function seed({ payload, log = console.log }: { payload: Payload; log?: Log }): Promise<SeedReport> {
  const md = await markdownConverter(payload.config)
  const ids = new Map<string, number | string>() // `${collection}:${slug}` → id

  const id = (collection: string, slug: string) => {
    const found = ids.get(`${collection}:${slug}`)
    if (found === undefined) throw new Error(`Seed fixture refers to missing ${collection} "${slug}".`)
    return found
  }
  const en = (v: Localized | undefined) => v?.en
  const rich = (v: Localized | undefined, locale: 'en' | 'fr') => (v?.[locale] ? md(v[locale]!) : undefined)
  const credits = (list: Credit[]) =>
    list.map((c) => ({ source: id('sources', c.source), role: c.role, note: c.note?.en }))
  const frCredits = (list: Credit[]) =>
    list.map((c) => ({ source: id('sources', c.source), role: c.role, note: c.note?.fr ?? c.note?.en }))
  const refs = (collection: string, slugs: string[] | undefined) => (slugs ?? []).map((s) => id(collection, s))
  const published = { _status: 'published', workflowStatus: 'approved' }

  /** Keep only defined values, so the French pass touches nothing it does not translate. */
  const defined = (data: Data): Data => Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined))

  const steps: Step[] = [
    {
      collection: 'sources',
      items: fx.sources,
      build: (s: (typeof fx.sources)[number]) => ({
        en: { title: s.title, slug: s.slug, kind: s.kind, website: s.website, description: s.description.en, licence: s.licence, reuseNotes: en(s.reuseNotes) },
        fr: { description: s.description.fr, reuseNotes: s.reuseNotes?.fr },
      }),
    },
    {
      collection: 'themes',
      frRequired: ['title'],
      items: fx.themes,
      build: (t: (typeof fx.themes)[number]) => ({
        en: { title: t.title.en, slug: t.slug, summary: t.summary.en, order: t.order },
        fr: { title: t.title.fr, summary: t.summary.fr },
      }),
    },
    {
      collection: 'topics',
      frRequired: ['title', 'summary'],
      items: fx.topics,
      build: (t: (typeof fx.topics)[number]) => ({
        en: { title: t.title.en, slug: t.slug, summary: t.summary.en, body: rich(t.body, 'en'), featured: t.featured ?? false, order: t.order, credits: credits(t.credits) },
        fr: { title: t.title.fr, summary: t.summary.fr, body: rich(t.body, 'fr') },
      }),
    },
    {
      collection: 'principles',
      frRequired: ['title'],
      items: fx.principles,
      build: (p: (typeof fx.principles)[number]) => ({
        en: {
          title: p.title.en, slug: p.slug, theme: id('themes', p.theme), summary: p.summary.en,
          explanation: rich(p.explanation, 'en'), order: p.order, topics: refs('topics', p.topics), credits: credits(p.credits),
        },
        fr: { title: p.title.fr, summary: p.summary.fr, explanation: rich(p.explanation, 'fr'), credits: p.credits.some((c) => c.note?.fr) ? frCredits(p.credits) : undefined },
      }),
    },
    {
      collection: 'resources',
      frRequired: ['title', 'summary'],
      // oldest first, so "newest resources" follows addedDaysAgo
      items: [...fx.resources].sort((a, b) => b.addedDaysAgo - a.addedDaysAgo),
      build: (r: (typeof fx.resources)[number]) => ({
        en: {
          title: r.title.en, slug: r.slug, url: r.url, kind: r.kind, language: r.language, year: r.year, summary: r.summary.en,
          publisher: r.publisher ? id('sources', r.publisher) : undefined, topics: refs('topics', r.topics),
          featured: r.featured ?? false, licence: r.licence, credits: credits(r.credits),
        },
        fr: { title: r.title.fr, summary: r.summary.fr },
      }),
    },
    {
      collection: 'glossary-terms',
      frRequired: ['term', 'summary'],
      items: fx.glossaryTerms,
      build: (g: (typeof fx.glossaryTerms)[number]) => ({
        en: {
          term: g.term.en, slug: g.slug, summary: g.summary.en, definition: rich(g.definition, 'en'),
          learnMore: refs('resources', g.learnMore), topics: refs('topics', g.topics), credits: credits(g.credits),
        },
        fr: { term: g.term.fr, summary: g.summary.fr, definition: rich(g.definition, 'fr') },
      }),
    },
    {
      collection: 'practices',
      frRequired: ['title'],
      items: fx.practices,
      build: (p: (typeof fx.practices)[number]) => ({
        en: {
          title: p.title.en, slug: p.slug, kind: p.kind, summary: p.summary.en, body: rich(p.body, 'en'),
          topics: refs('topics', p.topics), principles: refs('principles', p.principles), order: p.order, credits: credits(p.credits),
        },
        fr: { title: p.title.fr, summary: p.summary.fr, body: rich(p.body, 'fr') },
      }),
    },
    {
      collection: 'faqs',
      frRequired: ['question', 'answer'],
      items: fx.faqs,
      build: (f: (typeof fx.faqs)[number]) => ({
        en: { question: f.question.en, slug: f.slug, answer: rich(f.answer, 'en'), topics: refs('topics', f.topics), order: f.order, credits: credits(f.credits) },
        fr: { question: f.question.fr, answer: rich(f.answer, 'fr') },
      }),
    },
    {
      collection: 'events',
      frRequired: ['title', 'summary'],
      items: fx.events,
      build: (e: (typeof fx.events)[number]) => ({
        en: {
          title: e.title.en, slug: e.slug, kind: e.kind, recurrence: e.recurrence, startDate: e.startDate, endDate: e.endDate,
          summary: e.summary.en, description: rich(e.description, 'en'), location: en(e.location), url: e.url, credits: credits(e.credits),
        },
        fr: { title: e.title.fr, summary: e.summary.fr, description: rich(e.description, 'fr'), location: e.location?.fr },
      }),
    },
    {
      collection: 'pages',
      frRequired: ['title', 'body'],
      items: fx.pages,
      build: (p: (typeof fx.pages)[number]) => ({
        en: { title: p.title.en, slug: p.slug, summary: p.summary.en, body: rich(p.body, 'en'), credits: credits(p.credits) },
        fr: { title: p.title.fr, summary: p.summary.fr, body: rich(p.body, 'fr') },
      }),
    },
  ]

  const report: SeedReport = {}
  const total = steps.reduce((n, s) => n + s.items.length, 0) + 1
  let done = 0
  const progress = (label: string) => {
    const width = 24
    const filled = Math.round((done / total) * width)
    log(`  [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(done).padStart(3)}/${total} ${label}`)
  }

  for (const step of steps) {
    const counts = { created: 0, kept: 0 }
    for (const item of step.items) {
      const existing = await payload.find({
        collection: step.collection,
        where: { slug: { equals: item.slug } },
        draft: true,
        limit: 1,
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
      const found = existing.docs[0]
      if (found) {
        ids.set(`${step.collection}:${item.slug}`, found.id)
        counts.kept++
      } else {
        const data = step.build(item as never)
        const doc = await payload
          .create({
            collection: step.collection,
            data: { ...defined(data.en), ...published } as never,
            locale: 'en',
            context: CONTEXT,
            overrideAccess: true,
          })
          .catch((err: unknown) => {
            throw new Error(`Seeding ${step.collection} "${item.slug}" failed: ${describe(err)}`)
          })
        ids.set(`${step.collection}:${item.slug}`, doc.id)
        const fr = defined(data.fr)
        const translated = (step.frRequired ?? []).every((field) => fr[field] !== undefined)
        if (Object.keys(fr).length && translated) {
          await payload
            .update({
              collection: step.collection,
              id: doc.id,
              data: { ...fr, ...published } as never,
              locale: 'fr',
              context: CONTEXT,
              overrideAccess: true,
            })
            .catch((err: unknown) => {
              throw new Error(`Seeding the French ${step.collection} "${item.slug}" failed: ${describe(err)}`)
            })
        }
        counts.created++
      }
      done++
    }
    report[step.collection] = counts
    progress(`${step.collection}: ${counts.created} created, ${counts.kept} already there`)
  }

  // Related terms point at each other, so they are linked once every term exists.
  for (const g of fx.glossaryTerms) {
    if (!g.relatedTerms?.length) continue
    const termId = id('glossary-terms', g.slug)
    const current = await payload.findByID({ collection: 'glossary-terms', id: termId, depth: 0, draft: true, overrideAccess: true })
    if ((current.relatedTerms ?? []).length) continue
    await payload.update({
      collection: 'glossary-terms',
      id: termId,
      data: { relatedTerms: refs('glossary-terms', g.relatedTerms) as number[], ...published } as never,
      context: CONTEXT,
      overrideAccess: true,
    })
  }

  // Site settings: filled once, never overwritten.
  const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true })
  const s = fx.siteSettings
  if (!settings.tagline) {
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'en',
      context: CONTEXT,
      data: {
        siteName: s.siteName.en, tagline: s.tagline.en, landAcknowledgement: s.landAcknowledgement.en, footer: s.footer.en,
        contactUrl: s.contactUrl, navigation: s.navigation.map((n) => ({ label: n.label.en, href: n.href })),
      },
    })
    const saved = await payload.findGlobal({ slug: 'site-settings', depth: 0, locale: 'en' })
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'fr',
      context: CONTEXT,
      data: {
        siteName: s.siteName.fr, tagline: s.tagline.fr, landAcknowledgement: s.landAcknowledgement.fr, footer: s.footer.fr,
        navigation: (saved.navigation ?? []).map((row, i) => ({ id: row.id, href: row.href, label: s.navigation[i]?.label.fr ?? row.label })),
      },
    })
    report['site-settings'] = { created: 1, kept: 0 }
  } else {
    report['site-settings'] = { created: 0, kept: 1 }
  }
  done++
  progress('site settings')
  return report
}

/** ADMIN_EMAIL + ADMIN_PASSWORD: create that admin if missing, keep it as it is otherwise. */
export async function ensureAdmin(payload: Payload, log: Log = console.log): Promise<'created' | 'kept' | 'skipped'> {
  const email = process.env.ADMIN_EMAIL?.trim().toLowerCase()
  const password = process.env.ADMIN_PASSWORD
  if (!email || !password) return 'skipped'
  const existing = await payload.find({ collection: 'users', where: { email: { equals: email } }, limit: 1, overrideAccess: true })
  if (existing.docs[0]) {
    log(`  admin ${email}: already there, kept as it is`)
    return 'kept'
  }
  await payload.create({
    collection: 'users',
    data: { email, password, name: process.env.ADMIN_NAME ?? 'Hub admin', roles: ['admin'] },
    overrideAccess: true,
  })
  log(`  admin ${email}: created`)
  return 'created'
}
