/**
 * The digest's emails, as plain text in the reader's language: the confirmation (double opt-in),
 * the weekly digest and the term of the week. Digests carry a one-click unsubscribe link in the
 * body and the RFC 8058 headers (`List-Unsubscribe` + `List-Unsubscribe-Post`).
 */
import type { Locale } from '@/lib/languages'
import { confirmUrl, oneClickUrl, unsubscribePageUrl } from './links'
import { digestTranslator } from './messages'

export type DigestItem = { title: string; url: string; summary?: string | null }

export type Mail = { to: string; subject: string; text: string; headers?: Record<string, string> }

type Reader = { id: number; email: string; locale: Locale }

export function confirmationMail(reader: Reader, site: string): Mail {
  const t = digestTranslator(reader.locale)
  return {
    to: reader.email,
    subject: t('mail.confirmSubject', { site }),
    text: [t('mail.confirmText', { site }), '', confirmUrl(reader.locale, reader.id), '', t('mail.confirmIgnore')].join(
      '\n',
    ),
  }
}

function withUnsubscribe(reader: Reader, site: string, subject: string, body: string[]): Mail {
  const t = digestTranslator(reader.locale)
  return {
    to: reader.email,
    subject,
    text: [
      ...body,
      '',
      '--',
      t('mail.why', { site }),
      t('mail.unsubscribe', { url: unsubscribePageUrl(reader.locale, reader.id) }),
    ].join('\n'),
    headers: {
      'List-Unsubscribe': `<${oneClickUrl(reader.locale, reader.id)}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  }
}

const itemLines = (item: DigestItem): string[] => [
  `* ${item.title}`,
  ...(item.summary ? [`  ${item.summary}`] : []),
  `  ${item.url}`,
  '',
]

export function digestMail(reader: Reader, site: string, since: Date, items: DigestItem[]): Mail {
  const t = digestTranslator(reader.locale)
  return withUnsubscribe(reader, site, t('mail.digestSubject', { site }), [
    t('mail.digestIntro', { site, date: since }),
    '',
    ...items.flatMap(itemLines),
  ])
}

export function termMail(reader: Reader, site: string, term: DigestItem): Mail {
  const t = digestTranslator(reader.locale)
  return withUnsubscribe(reader, site, t('mail.termSubject', { site, term: term.title }), [
    t('mail.termIntro', { site }),
    '',
    term.title,
    ...(term.summary ? ['', term.summary] : []),
    '',
    t('mail.readMore', { url: term.url }),
  ])
}
