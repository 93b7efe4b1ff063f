'use client'
/**
 * The moderation panel at the top of a submission's sidebar (a `ui` field of `submissions`):
 * the decision buttons, and once accepted, what it led to with a link. The buttons set `status`
 * and save the form, as the Save button would: the server does the rest (src/moderation/hooks.ts),
 * and the saved document comes back into the form, so the panel shows the outcome at once.
 */
import { Button, useConfig, useDocumentInfo, useForm, useFormFields, useFormProcessing } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { isPublicCollection, TITLE_FIELD } from '@/lib/collections'
import { documentPath, type PublicCollection } from '@/lib/routes'
import { docHref } from './links'
import './moderation.css'

type Ref = { relationTo: PublicCollection; value: number | { id: number } }
type Info = { title: string; status: string; slug: string | null }

const COLLECTION_LABEL: Record<string, string> = {
  resources: 'resource',
  principles: 'principle',
  topics: 'topic',
  'glossary-terms': 'glossary term',
  practices: 'practice',
  faqs: 'FAQ',
  events: 'event',
  pages: 'page',
}

const idOf = (ref: Ref) => (typeof ref.value === 'object' ? ref.value.id : ref.value)

export function SubmissionPanel() {
  const { id } = useDocumentInfo()
  const { submit } = useForm()
  const processing = useFormProcessing()
  const {
    config: {
      routes: { admin, api },
      serverURL,
    },
  } = useConfig()
  const status = useFormFields(([f]) => f.status?.value as string | undefined)
  const kind = useFormFields(([f]) => f.kind?.value as string | undefined)
  const url = useFormFields(([f]) => f.url?.value as string | undefined)
  const name = useFormFields(([f]) => f.name?.value as string | undefined)
  const credit = useFormFields(([f]) => Boolean(f.credit?.value))
  const publicReason = useFormFields(([f]) => f.publicReason?.value as string | undefined)
  const result = useFormFields(([f]) => (f.result?.value as Ref | null | undefined) ?? null)
  const resultKey = result ? `${result.relationTo}:${idOf(result)}` : ''
  const [fetched, setInfo] = useState<Info | null>(null)
  // what the result is now called; nothing once the result is cleared
  const info = result ? fetched : null

  useEffect(() => {
    if (!result) return
    const controller = new AbortController()
    fetch(`${serverURL}${api}/${result.relationTo}/${idOf(result)}?depth=0&draft=true`, {
      credentials: 'include',
      signal: controller.signal,
    })
      .then((res) => (res.ok ? res.json() : null))
      .then((doc: Record<string, unknown> | null) => {
        if (!doc) return setInfo(null)
        const field = isPublicCollection(result.relationTo) ? TITLE_FIELD[result.relationTo] : 'title'
        setInfo({
          title: String(doc[field] ?? doc.slug ?? doc.id),
          status: String(doc._status ?? 'draft'),
          slug: (doc.slug as string) ?? null,
        })
      })
      .catch(() => undefined)
    return () => controller.abort()
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `result` is a new object on every render; resultKey names it
  }, [resultKey, status, api, serverURL])

  if (!id) return null
  const decide = (next: string) => () => void submit({ overrides: { status: next } })
  const acceptLabel =
    kind === 'suggestion'
      ? url
        ? 'Accept: create a draft resource'
        : 'Accept'
      : kind === 'correction'
        ? 'Accept: send to the document’s editor'
        : 'Accept'

  return (
    <section className="ah-mod-panel" aria-labelledby="ah-mod-panel-title" data-testid="moderation-panel">
      <h2 id="ah-mod-panel-title">Moderation</h2>
      {status === 'new' ? (
        <>
          <p>
            {kind === 'suggestion' && url
              ? 'Accepting makes a draft resource from this suggestion, for an editor to complete and another reviewer to publish.'
              : kind === 'correction'
                ? 'Accepting links this correction to the document it is about and leaves it as a task for its editor.'
                : 'Accept it, decline it with a reason, or mark it as spam.'}
          </p>
          <div className="ah-mod-actions">
            <Button buttonStyle="primary" size="small" onClick={decide('accepted')} disabled={processing}>
              {acceptLabel}
            </Button>
            <Button buttonStyle="secondary" size="small" onClick={decide('declined')} disabled={processing}>
              Decline
            </Button>
            <Button buttonStyle="secondary" size="small" onClick={decide('spam')} disabled={processing}>
              Mark as spam
            </Button>
          </div>
          <p className="ah-mod-muted">
            To decline, first write the public reason below: the sender sees it on their status page. Moderator notes
            stay in the admin.
            {publicReason ? '' : ' (No public reason yet.)'}
          </p>
        </>
      ) : null}
      {status === 'spam' || status === 'declined' ? (
        <>
          <p>
            {status === 'spam' ? 'Marked as spam.' : 'Declined.'} The sender’s name and email are erased automatically
            after the retention period.
          </p>
          <div className="ah-mod-actions">
            <Button buttonStyle="secondary" size="small" onClick={decide('new')} disabled={processing}>
              Back to the queue
            </Button>
          </div>
        </>
      ) : null}
      {(status === 'accepted' || status === 'added') && result ? (
        <div data-testid="moderation-result">
          <p>
            {status === 'added' ? 'Added: ' : kind === 'suggestion' ? 'Led to the ' : 'Linked to the '}
            {COLLECTION_LABEL[result.relationTo] ?? result.relationTo}{' '}
            <a href={docHref(admin, result.relationTo, idOf(result))}>
              {info ? `“${info.title}”` : `#${idOf(result)}`}
            </a>
            {info ? ` (${info.status === 'published' ? 'published' : 'draft'})` : ''}.
          </p>
          {status === 'accepted' ? (
            <p className="ah-mod-muted">
              {kind === 'suggestion'
                ? 'Next: an editor completes it (kind, topics, a summary in our own words), then a reviewer other than you publishes it. '
                : 'Its editors see this as a task in the document’s sidebar. '}
              Once it is published, this submission becomes “Added” by itself and the sender’s status page links to it
              {credit && name ? `, crediting “${name}”` : ''}.
            </p>
          ) : info?.slug && info.status === 'published' ? (
            <p>
              <a href={documentPath(result.relationTo, info.slug)} target="_blank" rel="noreferrer">
                View it on the site
              </a>
            </p>
          ) : null}
        </div>
      ) : null}
      {status === 'accepted' && !result ? (
        <p className="ah-mod-muted">Accepted. To link what it led to, choose it under “Result” below and save.</p>
      ) : null}
      {status !== 'new' && kind !== 'feedback' ? (
        <p className="ah-mod-muted">
          {credit && name ? `The sender agreed to be credited as “${name}”.` : 'The sender did not ask to be credited.'}
        </p>
      ) : null}
    </section>
  )
}
