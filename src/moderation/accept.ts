/**
 * What accepting a submission does, run by the submissions' beforeChange hook whenever a
 * status becomes `accepted` (the panel's Accept button, the status field, a bulk edit or the API):
 *
 * - a suggestion with a link becomes a draft resource, pre-filled from it (title, URL, summary from
 *   the message), crediting the contributor by the name they chose when they agreed to be credited,
 *   authored by the accepting moderator (so another reviewer publishes it). When a resource with
 *   that link already exists it is linked instead, and if it is published the suggestion is `added`.
 * - a correction is linked to the document it is about (its page, or its link when that is one of
 *   our pages or a listed resource); without one, accepting is refused with a message asking the
 *   moderator to choose it. That document's editors see it as a task in its sidebar.
 * - feedback is linked to the page it was sent from, when that page is a document (a task too).
 * Either way the submission's `result` points at the document; publishing it makes the
 * submission `added` (markSubmissionsAdded in hooks.ts).
 */
import type { PayloadRequest } from 'payload'
import { refusal } from '../lib/errors'
import { DEFAULT_LOCALE, RESOURCE_LANGUAGES } from '../lib/languages'
import { toSlug } from '../lib/slug'
import type { Resource, Submission } from '../payload-types'
import { normaliseUrl } from '../submissions/normalise'
import { documentAbout, type DocumentRef } from './documents'

type SubmissionResult = NonNullable<Submission['result']>

export type Acceptance = { result: SubmissionResult | null; status: 'accepted' | 'added'; created: boolean }

const TITLE_MAX = 200
const SUMMARY_MAX = 600

/** Shorten at a word boundary, with an ellipsis when something was cut. */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const cut = clean.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.,;:!?-]+$/, '')}…`
}

/** "guides.example.org › listening circles" for a link sent without a title. */
export function titleFromUrl(url: string): string {
  try {
    const u = new URL(url)
    const host = u.hostname.replace(/^www\./, '')
    const last = u.pathname.split('/').filter(Boolean).pop()
    const words = last
      ? decodeURIComponent(last)
          .replace(/\.[a-z0-9]{2,5}$/i, '')
          .replace(/[-_+]+/g, ' ')
          .trim()
      : ''
    return words ? `${host} › ${words}` : host
  } catch {
    return url
  }
}

/** A first guess at the kind of a linked work; the editor corrects it. */
export function guessKind(url: string): Resource['kind'] {
  try {
    const u = new URL(url)
    const host = u.hostname.replace(/^www\./, '')
    if (/(^|\.)(youtube\.com|youtu\.be|vimeo\.com)$/.test(host)) return 'video'
    if (/\.pdf$/i.test(u.pathname)) return 'guide'
    if (/podcast/i.test(host + u.pathname)) return 'podcast'
    if (u.pathname === '/' || u.pathname === '') return 'website'
  } catch {
    /* validated before */
  }
  return 'article'
}

async function uniqueSlug(req: PayloadRequest, base: string): Promise<string> {
  const root = (base || 'suggested-resource').slice(0, 80).replace(/-+$/, '')
  for (let n = 1; n < 100; n++) {
    const candidate = n === 1 ? root : `${root}-${n}`
    const { totalDocs } = await req.payload.count({
      collection: 'resources',
      where: { slug: { equals: candidate } },
      overrideAccess: true,
      req,
    })
    if (!totalDocs) return candidate
  }
  return `${root}-${Date.now().toString(36)}`
}

/** A resource (draft or published) already holding this link, compared in normalised form. */
async function resourceWithLink(req: PayloadRequest, url: string): Promise<Pick<Resource, 'id' | '_status'> | null> {
  const normalised = normaliseUrl(url)
  if (!normalised) return null
  const { docs } = await req.payload.find({
    collection: 'resources',
    where: { url: { contains: normalised.split('/')[0]! } },
    overrideAccess: true,
    depth: 0,
    limit: 200,
    pagination: false,
    req,
    select: { url: true, _status: true },
  })
  return docs.find((r) => typeof r.url === 'string' && normaliseUrl(r.url) === normalised) ?? null
}

/** The contributor's credit on what their submission led to: their chosen name only, with their consent. */
export function creditFor(
  submission: Pick<Submission, 'id' | 'credit' | 'name' | 'erasedAt'>,
  contribution: 'suggested' | 'corrected',
) {
  const name = submission.name?.trim()
  if (!submission.credit || !name || submission.erasedAt) return []
  return [{ name, contribution, submission: submission.id }]
}

/** The draft resource a suggestion becomes. */
export async function createDraftResource(req: PayloadRequest, submission: Submission): Promise<Resource> {
  const url = submission.url!
  const title = shorten(submission.title?.trim() || titleFromUrl(url), TITLE_MAX)
  const summary = shorten(submission.message?.trim() || `Suggested by the community: ${title}.`, SUMMARY_MAX)
  const language = RESOURCE_LANGUAGES.some((l) => l.value === submission.locale)
    ? (submission.locale as Resource['language'])
    : 'en'
  return req.payload.create({
    collection: 'resources',
    data: {
      title,
      slug: await uniqueSlug(req, toSlug(title)),
      url,
      summary,
      kind: guessKind(url),
      language,
      contributors: creditFor(submission, 'suggested'),
      workflowStatus: 'draft',
      _status: 'draft',
    },
    draft: true,
    locale: DEFAULT_LOCALE,
    overrideAccess: true,
    depth: 0,
    req,
  })
}

const ref = (d: Pick<DocumentRef, 'collection' | 'id'>): SubmissionResult =>
  ({ relationTo: d.collection, value: d.id }) as SubmissionResult

/** Decide what accepting `submission` leads to; creates the draft resource when there is one to create. */
export async function accept(req: PayloadRequest, submission: Submission): Promise<Acceptance> {
  if (submission.result) return { result: submission.result, status: 'accepted', created: false }

  if (submission.kind === 'suggestion') {
    if (!submission.url) return { result: null, status: 'accepted', created: false }
    const existing = await resourceWithLink(req, submission.url)
    if (existing) {
      return {
        result: ref({ collection: 'resources', id: existing.id }),
        status: existing._status === 'published' ? 'added' : 'accepted',
        created: false,
      }
    }
    const resource = await createDraftResource(req, submission)
    return { result: ref({ collection: 'resources', id: resource.id }), status: 'accepted', created: true }
  }

  if (submission.kind === 'correction') {
    const about = await documentAbout(req.payload, { page: submission.page, url: submission.url }, req)
    if (!about) {
      throw refusal(
        'Which document is this correction about? Choose it under “Result” in the sidebar, then accept again.',
        400,
      )
    }
    return { result: ref(about), status: 'accepted', created: false }
  }

  // feedback: linked to the page it is about (when that is a document), where its editors see it
  // as something to work on; otherwise accepting only acknowledges it
  const about = await documentAbout(req.payload, { page: submission.page }, req)
  return { result: about ? ref(about) : null, status: 'accepted', created: false }
}
