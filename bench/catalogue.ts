/**
 * A large published catalogue for benchmarks: by default 20,000 resources, 500 glossary terms, 200
 * topics and 300 publishers, written straight into a migrated database with bulk SQL (a minute or
 * so, where Payload's local API would take an hour), in Payload's own schema so that every public
 * page renders them: the main table (`_status` published, workflow approved), its `_locales` rows
 * (English for all, French for a share), its relationships (`_rels`), and the latest version of
 * each document in the versions tables (`_<table>_v`, `_v_locales`, `_v_rels`), which the admin
 * and previews read. The version rows are copied from the main rows column by column, by name
 * (`kind` → `version_kind`), so columns a later migration adds are carried over as well.
 *
 * The text is English with a realistic spread of words: a Zipf-distributed vocabulary of real and
 * made-up words among stop words, plus a few words present in most documents (COMMON_WORDS, such as
 * "allyship" in about 90% of them) and a few in very few (SELECTIVE_WORDS): the two ends that search
 * has to be fast on. The same options give the same catalogue (a seeded generator).
 *
 *   import { generateCatalogue } from './catalogue'
 *   await generateCatalogue(databaseUrl, { resources: 20_000, terms: 500, topics: 200, onProgress })
 *
 * The database must be migrated (`npm run migrate`); it may hold other content (the seed): slugs
 * of the catalogue end in `-b<number>` and do not collide with it.
 */
import pg from 'pg'

export type CatalogueStep = 'publishers' | 'topics' | 'terms' | 'resources' | 'versions' | 'analyze'

export type CatalogueProgress = { step: CatalogueStep; done: number; total: number }

export type CatalogueOptions = {
  /** 20,000 */
  resources?: number
  /** glossary terms, 500 */
  terms?: number
  /** 200 */
  topics?: number
  /** sources the resources name as their publisher, 300 */
  publishers?: number
  /** the share of documents with a French translation too, 0.1 */
  french?: number
  /** the generator's seed: the same seed and counts give the same catalogue */
  seed?: number
  onProgress?: (progress: CatalogueProgress) => void
}

export type CatalogueSummary = {
  resources: number
  terms: number
  topics: number
  publishers: number
  /** one slug of each kind, for pages to visit: `/resources/<slug>`, `/topics/<slug>`, `/glossary/<slug>` */
  sample: { resource: string; topic: string; term: string }
  /** how many resources carry each word of COMMON_WORDS and SELECTIVE_WORDS (in their English text) */
  documentsWith: Record<string, number>
  durationMs: number
}

/** Words in most documents, with the share of resources that carry each. */
export const COMMON_WORDS: Readonly<Record<string, number>> = {
  allyship: 0.9,
  community: 0.85,
  inclusion: 0.6,
  equity: 0.5,
  listening: 0.45,
  privilege: 0.35,
}

/** Words in very few documents, with the share of resources that carry each. */
export const SELECTIVE_WORDS: Readonly<Record<string, number>> = {
  sociocracy: 0.001,
  microaggression: 0.003,
  tokenism: 0.01,
}

const BATCH = 1_000

// ------------------------------------------------------------------ text

/** mulberry32: small, fast and good enough to make text from */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const STOP_WORDS = (
  'the of and to a in is that for it as with was on be by this are or from at an but not have ' +
  'they you we their can more about how when what which who our your its into than them these ' +
  'those one all also so if there been has other some such through each while where'
).split(' ')

/** Content words of the field, most frequent first (ranked ahead of the made-up tail). */
const FIELD_WORDS = (
  'people work support learn practice voice change power group space language story action ' +
  'respect trust care harm safety justice identity culture history belonging difference bias ' +
  'conversation question feedback mistake accountability advocate ally allies colleague team ' +
  'workplace school family friend neighbour organiser meeting guide toolkit reading research ' +
  'report article book video podcast workshop training lesson example experience perspective ' +
  'disability gender race class age faith migration accessibility anti racism queer trans ' +
  'indigenous youth elder women men nonbinary neurodiversity mental health wellbeing healing ' +
  'solidarity mutual aid organising movement campaign policy law rights representation ' +
  'leadership decision consent boundary empathy humility curiosity courage patience repair ' +
  'apology conflict tension silence speak listen amplify center centre credit share resource ' +
  'network library archive handbook checklist framework model ladder inference assumption ' +
  'belief value principle habit routine reflection journal exercise activity prompt discussion ' +
  'facilitator participant audience reader writer speaker panel event gathering session circle ' +
  'local global online public private open honest clear simple practical everyday long short ' +
  'first next better careful gentle direct shared common different new old small large'
).split(' ')

/** The long tail: pronounceable made-up words, each rarer than the last. */
function madeUpWords(count: number, next: () => number): string[] {
  const onsets = ['b', 'c', 'd', 'f', 'g', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'br', 'tr', 'st', 'pl', 'gr']
  const vowels = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou', 'ea']
  const codas = ['', 'n', 'r', 'l', 's', 'm', 'nd', 'st', 'rk']
  const seen = new Set([...FIELD_WORDS, ...STOP_WORDS, ...Object.keys(COMMON_WORDS), ...Object.keys(SELECTIVE_WORDS)])
  const words: string[] = []
  const pick = (list: string[]) => list[Math.floor(next() * list.length)]!
  while (words.length < count) {
    const syllables = 2 + Math.floor(next() * 3)
    let word = ''
    for (let s = 0; s < syllables; s++) word += pick(onsets) + pick(vowels) + (s === syllables - 1 ? pick(codas) : '')
    if (!seen.has(word)) {
      seen.add(word)
      words.push(word)
    }
  }
  return words
}

const FRENCH_WORDS = (
  'alliance communauté écoute inclusion équité soutien pratique parole pouvoir groupe espace ' +
  'langue histoire respect confiance soin justice identité culture appartenance différence ' +
  'conversation question erreur responsabilité collègue équipe travail école famille ami guide ' +
  'lecture recherche atelier formation exemple expérience perspective solidarité droits ' +
  'représentation décision consentement empathie humilité courage patience réparation excuse'
).split(' ')
const FRENCH_STOP_WORDS = 'le la les de des du et à un une dans pour avec sur par est qui que ce ne pas plus'.split(' ')

type Text = {
  /** a few words for a title */
  title: () => string
  /** `n` words of running text with every word in `include` somewhere in it */
  words: (n: number, include?: string[]) => string
}

function textGenerator(next: () => number, vocabulary: string[], stopWords: string[]): Text {
  // Zipf (s = 1.05) over the vocabulary, by cumulative weights and a binary search
  const cumulative: number[] = []
  let sum = 0
  for (let rank = 1; rank <= vocabulary.length; rank++) cumulative.push((sum += 1 / rank ** 1.05))
  const word = () => {
    const target = next() * sum
    let lo = 0
    let hi = cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cumulative[mid]! < target) lo = mid + 1
      else hi = mid
    }
    return vocabulary[lo]!
  }
  const stop = () => stopWords[Math.floor(next() * stopWords.length)]!
  const words = (n: number, include: string[] = []) => {
    const out: string[] = []
    for (let i = 0; i < n; i++) out.push(next() < 0.4 ? stop() : word())
    for (const extra of include) out.splice(Math.floor(next() * (out.length + 1)), 0, extra)
    return out.join(' ')
  }
  const title = () => {
    const text = Array.from({ length: 2 + Math.floor(next() * 4) }, word).join(' ')
    return text.charAt(0).toUpperCase() + text.slice(1)
  }
  return { title, words }
}

/** Sentences from running text: a capital, a full stop every 8 to 20 words. */
function sentences(text: string, next: () => number): string {
  const words = text.split(' ')
  const out: string[] = []
  let i = 0
  while (i < words.length) {
    const n = 8 + Math.floor(next() * 13)
    const sentence = words.slice(i, i + n).join(' ')
    out.push(sentence.charAt(0).toUpperCase() + sentence.slice(1) + '.')
    i += n
  }
  return out.join(' ')
}

/** At most `max` characters, cut at a word. */
const cap = (text: string, max: number) => (text.length <= max ? text : text.slice(0, text.lastIndexOf(' ', max)) + '.')

/** A Lexical rich text value of plain paragraphs, as the admin's editor saves it. */
function richText(paragraphs: string[]): string {
  return JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      direction: 'ltr',
      format: '',
      indent: 0,
      children: paragraphs.map((text) => ({
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
      })),
    },
  })
}

const slugOf = (title: string, n: number) =>
  `${title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')}-b${n}`

// ------------------------------------------------------------------ SQL

type Row = Record<string, unknown>
type Client = pg.ClientBase

/** Column → its SQL type (`character varying`, `"enum_resources_kind"`, `jsonb`...), generated columns left out. */
async function columnsOf(db: Client, table: string): Promise<Map<string, string>> {
  const { rows } = await db.query<{ name: string; type: string }>(
    `select a.attname as name, format_type(a.atttypid, a.atttypmod) as type
       from pg_attribute a
      where a.attrelid = $1::regclass and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
      order by a.attnum`,
    [`"${table}"`],
  )
  if (!rows.length) throw new Error(`No table "${table}": is the database migrated (npm run migrate)?`)
  return new Map(rows.map((r) => [r.name, r.type]))
}

/** Insert rows in one statement per batch: one array parameter per column, `unnest`ed. */
async function insert(db: Client, table: string, rows: Row[]): Promise<void> {
  if (!rows.length) return
  const types = await columnsOf(db, table)
  const names = Object.keys(rows[0]!)
  for (const name of names) {
    if (!types.has(name))
      throw new Error(`"${table}" has no column "${name}": the schema changed, update bench/catalogue.ts`)
  }
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH)
    const params = names.map((name) => batch.map((row) => row[name] ?? null))
    // arrays of an enum or varchar type are passed as text[] and cast element by element
    const unnest = names.map((name, i) => `$${i + 1}::text[]::${types.get(name)}[]`).join(', ')
    await db.query(
      `insert into "${table}" (${names.map((n) => `"${n}"`).join(', ')}) select * from unnest(${unnest})`,
      params.map((values) => values.map((v) => (v === null || typeof v === 'string' ? v : String(v)))),
    )
  }
}

/** `count` new ids from the table's sequence. */
async function ids(db: Client, table: string, count: number): Promise<number[]> {
  const { rows } = await db.query<{ id: string }>(
    `select nextval(pg_get_serial_sequence($1, 'id')) as id from generate_series(1, $2)`,
    [`"${table}"`, count],
  )
  return rows.map((r) => Number(r.id))
}

/**
 * The latest version of each document of `table` in `ids`, copied from its rows: `_<table>_v`
 * (every column `c` of the main table as `version_c`), `_v_locales` and `_v_rels`, as Payload
 * writes them on publish (latest = true).
 */
async function writeVersions(db: Client, table: string, docIds: number[]): Promise<void> {
  const copy = async (from: string, to: string, extra: { to: string; from: string }[], where: string) => {
    const source = await columnsOf(db, from)
    const target = await columnsOf(db, to)
    const pairs = [...source.keys()]
      .filter((c) => !['id', '_parent_id', 'parent_id', '_locale'].includes(c) && target.has(`version_${c}`))
      .map((c) => {
        const cast = source.get(c) === target.get(`version_${c}`) ? '' : `::text::${target.get(`version_${c}`)}`
        return { to: `"version_${c}"`, from: `s."${c}"${cast}` }
      })
    const all = [...pairs, ...extra]
    await db.query(
      `insert into "${to}" (${all.map((p) => p.to).join(', ')}) select ${all.map((p) => p.from).join(', ')} ${where}`,
      [docIds],
    )
  }
  await copy(
    table,
    `_${table}_v`,
    [
      { to: 'parent_id', from: 's.id' },
      { to: 'latest', from: 'true' },
      { to: 'created_at', from: 's.updated_at' },
      { to: 'updated_at', from: 's.updated_at' },
    ],
    `from "${table}" s where s.id = any($1::int[]) order by s.id`,
  )
  await copy(
    `${table}_locales`,
    `_${table}_v_locales`,
    [
      { to: '_locale', from: 's._locale' },
      { to: '_parent_id', from: 'v.id' },
    ],
    `from "${table}_locales" s join "_${table}_v" v on v.parent_id = s._parent_id and v.latest
      where s._parent_id = any($1::int[])`,
  )
  const rels = await db.query(`select to_regclass($1) as t`, [`"${table}_rels"`])
  if (rels.rows[0].t) {
    const cols = [...(await columnsOf(db, `${table}_rels`)).keys()].filter((c) => c !== 'id' && c !== 'parent_id')
    // a version's relationships are stored under its `version` group: `topics` → `version.topics`
    const from = (c: string) => (c === 'path' ? `'version.' || s.path` : `s."${c}"`)
    await db.query(
      `insert into "_${table}_v_rels" (parent_id, ${cols.map((c) => `"${c}"`).join(', ')})
       select v.id, ${cols.map(from).join(', ')}
         from "${table}_rels" s join "_${table}_v" v on v.parent_id = s.parent_id and v.latest
        where s.parent_id = any($1::int[])`,
      [docIds],
    )
  }
}

// ------------------------------------------------------------------ the catalogue

/** Fill a migrated database with a published catalogue (see the top of this file). */
export async function generateCatalogue(
  databaseUrl: string,
  options: CatalogueOptions = {},
): Promise<CatalogueSummary> {
  const started = Date.now()
  const counts = {
    resources: options.resources ?? 20_000,
    terms: options.terms ?? 500,
    topics: options.topics ?? 200,
    publishers: options.publishers ?? 300,
  }
  const french = options.french ?? 0.1
  const progress = options.onProgress ?? (() => undefined)
  const next = random(options.seed ?? 20_261_201)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!
  const some = <T>(list: readonly T[], min: number, max: number) => {
    const n = min + Math.floor(next() * (max - min + 1))
    return [...new Set(Array.from({ length: n }, () => pick(list)))]
  }
  const en = textGenerator(next, [...FIELD_WORDS, ...madeUpWords(8_000, next)], STOP_WORDS)
  const fr = textGenerator(next, [...FRENCH_WORDS, ...madeUpWords(2_000, next)], FRENCH_STOP_WORDS)
  const now = Date.now()
  /** a moment in the last three years, as an ISO string */
  const past = () => new Date(now - Math.floor(next() * 3 * 365 * 24 * 3600 * 1000)).toISOString()

  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  const documentsWith: Record<string, number> = Object.fromEntries(
    [...Object.keys(COMMON_WORDS), ...Object.keys(SELECTIVE_WORDS)].map((w) => [w, 0]),
  )
  const sample = { resource: '', topic: '', term: '' }
  try {
    await client.query('begin')
    const published = (created: string) => ({
      _status: 'published',
      workflow_status: 'approved',
      generate_slug: false,
      created_at: created,
      updated_at: created,
      reviewed_at: created,
      last_reviewed_at: created,
    })
    /** Locale rows: English for every document, French for a share. */
    const localeRows = (id: number, english: Row, translate: () => Row) => [
      { _parent_id: id, _locale: 'en', ...english },
      ...(next() < french ? [{ _parent_id: id, _locale: 'fr', ...translate() }] : []),
    ]

    // publishers
    progress({ step: 'publishers', done: 0, total: counts.publishers })
    const publisherIds = await ids(client, 'sources', counts.publishers)
    await insert(
      client,
      'sources',
      publisherIds.map((id, i) => {
        const title = en.title()
        return {
          id,
          title,
          slug: slugOf(title, i + 1),
          kind: pick(['person', 'organisation', 'community-group', 'publication', 'website']),
          website: `https://example.org/publishers/${i + 1}`,
          licence: 'unknown',
          ...published(past()),
        }
      }),
    )
    await writeVersions(client, 'sources', publisherIds)

    // topics
    progress({ step: 'topics', done: 0, total: counts.topics })
    const topicIds = await ids(client, 'topics', counts.topics)
    const topicLocales: Row[] = []
    await insert(
      client,
      'topics',
      topicIds.map((id, i) => {
        const title = en.title()
        topicLocales.push(
          ...localeRows(
            id,
            {
              title,
              summary: cap(sentences(en.words(30, ['allyship']), next), 400),
              body: richText(Array.from({ length: 3 + Math.floor(next() * 5) }, () => sentences(en.words(80), next))),
            },
            () => ({
              title: fr.title(),
              summary: cap(sentences(fr.words(30, ['alliance']), next), 400),
              body: richText([sentences(fr.words(80), next)]),
            }),
          ),
        )
        if (i === 0) sample.topic = slugOf(title, i + 1)
        return {
          id,
          slug: slugOf(title, i + 1),
          featured: i < 6,
          order: i,
          licence: 'cc-by-sa-4.0',
          ...published(past()),
        }
      }),
    )
    await insert(client, 'topics_locales', topicLocales)
    await writeVersions(client, 'topics', topicIds)

    // resources, in batches: their text is most of the catalogue
    const resourceIds = await ids(client, 'resources', counts.resources)
    for (let start = 0; start < resourceIds.length; start += BATCH) {
      progress({ step: 'resources', done: start, total: counts.resources })
      const batch = resourceIds.slice(start, start + BATCH)
      const main: Row[] = []
      const locales: Row[] = []
      const rels: Row[] = []
      batch.forEach((id, k) => {
        const n = start + k + 1
        const carried = Object.entries({ ...COMMON_WORDS, ...SELECTIVE_WORDS })
          .filter(([, share]) => next() < share)
          .map(([word]) => word)
        for (const word of carried) documentsWith[word]!++
        // each word the resource carries is in its title one time in ten (two at most), else in the summary or notes
        const inTitle = carried.filter(() => next() < 0.1).slice(0, 2)
        for (const word of inTitle) carried.splice(carried.indexOf(word), 1)
        const title = [en.title(), ...inTitle].join(' ')
        const withNotes = next() < 0.5
        const inSummary = withNotes ? carried.filter(() => next() < 0.5) : carried
        const inNotes = carried.filter((w) => !inSummary.includes(w))
        const created = past()
        if (n === 1) sample.resource = slugOf(title, n)
        main.push({
          id,
          slug: slugOf(title, n),
          url: `https://example.org/resources/${n}`,
          kind: pick(['article', 'guide', 'book', 'video', 'podcast', 'toolkit', 'organisation', 'website']),
          language: next() < 0.85 ? 'en' : 'fr',
          year: 1990 + Math.floor(next() * 36),
          publisher_id: next() < 0.8 ? pick(publisherIds) : null,
          featured: n <= 20,
          licence: 'unknown',
          link_health_status: 'ok',
          ...published(created),
        })
        locales.push(
          ...localeRows(
            id,
            {
              title,
              summary: cap(sentences(en.words(20 + Math.floor(next() * 50), inSummary), next), 600),
              notes: withNotes
                ? richText(
                    Array.from({ length: 1 + Math.floor(next() * 3) }, (_, p) =>
                      sentences(en.words(30 + Math.floor(next() * 60), p === 0 ? inNotes : []), next),
                    ),
                  )
                : null,
            },
            () => ({
              title: fr.title(),
              summary: cap(sentences(fr.words(20 + Math.floor(next() * 40), ['alliance']), next), 600),
              notes: null,
            }),
          ),
        )
        some(topicIds, 1, 3).forEach((topic, order) =>
          rels.push({ parent_id: id, path: 'topics', order: order + 1, topics_id: topic }),
        )
      })
      await insert(client, 'resources', main)
      await insert(client, 'resources_locales', locales)
      await insert(client, 'resources_rels', rels)
      progress({ step: 'versions', done: start, total: counts.resources })
      await writeVersions(client, 'resources', batch)
    }
    progress({ step: 'resources', done: counts.resources, total: counts.resources })

    // glossary terms: their topics, related terms and further reading
    progress({ step: 'terms', done: 0, total: counts.terms })
    const termIds = await ids(client, 'glossary_terms', counts.terms)
    const termLocales: Row[] = []
    const termRels: Row[] = []
    await insert(
      client,
      'glossary_terms',
      termIds.map((id, i) => {
        const term = en.title()
        termLocales.push(
          ...localeRows(
            id,
            {
              term,
              summary: cap(sentences(en.words(15 + Math.floor(next() * 20), ['allyship']), next), 300),
              definition: richText(
                Array.from({ length: 1 + Math.floor(next() * 3) }, () => sentences(en.words(50), next)),
              ),
            },
            () => ({ term: fr.title(), summary: cap(sentences(fr.words(20), next), 300), definition: null }),
          ),
        )
        some(topicIds, 1, 2).forEach((topic, order) =>
          termRels.push({ parent_id: id, path: 'topics', order: order + 1, topics_id: topic }),
        )
        some(termIds, 0, 3)
          .filter((other) => other !== id)
          .forEach((other, order) =>
            termRels.push({ parent_id: id, path: 'relatedTerms', order: order + 1, glossary_terms_id: other }),
          )
        some(resourceIds, 0, 3).forEach((resource, order) =>
          termRels.push({ parent_id: id, path: 'learnMore', order: order + 1, resources_id: resource }),
        )
        if (i === 0) sample.term = slugOf(term, i + 1)
        return { id, slug: slugOf(term, i + 1), licence: 'cc-by-sa-4.0', ...published(past()) }
      }),
    )
    await insert(client, 'glossary_terms_locales', termLocales)
    // rows of one statement share their columns: each kind of relationship names its own
    for (const path of ['topics', 'relatedTerms', 'learnMore'])
      await insert(
        client,
        'glossary_terms_rels',
        termRels.filter((r) => r.path === path),
      )
    await writeVersions(client, 'glossary_terms', termIds)
    progress({ step: 'terms', done: counts.terms, total: counts.terms })
    await client.query('commit')
  } catch (err) {
    await client.query('rollback').catch(() => undefined)
    throw err
  } finally {
    await client.end()
  }

  // as autovacuum would after a while: statistics for the planner, the visibility map for index-only scans
  progress({ step: 'analyze', done: 0, total: 1 })
  const maintenance = new pg.Client({ connectionString: databaseUrl })
  await maintenance.connect()
  try {
    for (const table of ['sources', 'topics', 'resources', 'glossary_terms']) {
      for (const t of [table, `${table}_locales`, `_${table}_v`, `_${table}_v_locales`])
        await maintenance.query(`vacuum analyze "${t}"`)
    }
    for (const t of ['resources_rels', 'glossary_terms_rels', '_resources_v_rels', '_glossary_terms_v_rels'])
      await maintenance.query(`vacuum analyze "${t}"`)
  } finally {
    await maintenance.end()
  }
  progress({ step: 'analyze', done: 1, total: 1 })
  return { ...counts, sample, documentsWith, durationMs: Date.now() - started }
}
