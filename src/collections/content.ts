/**
 * What every content collection shares: public-read-when-published access,
 * drafts and versions, licence, credits, editorial fields and the author hook.
 * A collection file states only what is its own.
 */
import type { CollectionConfig, Field } from 'payload'
import { createContent, editorsAndAdmins, publishedOrStaff, staff, updateContent } from '../access'
import { credits } from '../fields/credits'
import { editorialFields } from '../fields/editorial'
import { licence } from '../fields/licence'
import { enforcePublishRule } from '../hooks/enforcePublishRule'
import { recordReview } from '../hooks/recordReview'
import { moderationForContent } from '../moderation/content'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidate'
import { setCreatedBy } from '../hooks/setCreatedBy'
import { enforceWorkflow, recordWorkflowEvent } from '../workflow/hooks'
import { isPreviewable, previewUrl } from '../preview/url'

export const CONTENT_GROUP = 'Content'
export const VERSIONS_PER_DOCUMENT = 50

type Options = {
  /** add the `credits` array (default true) */
  credits?: boolean
  /** overrides for the licence field (false to leave it out) */
  licence?: Parameters<typeof licence>[0] | false
}

export function contentCollection(config: CollectionConfig, options: Options = {}): CollectionConfig {
  const shared: Field[] = [
    ...(options.credits === false ? [] : [credits()]),
    ...(options.licence === false ? [] : [licence(options.licence ?? {})]),
    ...editorialFields(),
  ]
  // community credits, the feedback panel and `added` on publish (public collections only)
  const moderation = moderationForContent(config.slug)
  return {
    ...config,
    access: {
      read: publishedOrStaff,
      readVersions: staff,
      create: createContent,
      update: updateContent,
      delete: editorsAndAdmins,
      ...config.access,
    },
    admin: {
      group: CONTENT_GROUP,
      // documents with a public page: the admin's Preview button opens it, drafts included, behind sign-in
      ...(isPreviewable(config.slug) ? { preview: (doc, { locale }) => previewUrl(config.slug, doc?.id as number | undefined, locale) } : {}),
      ...config.admin,
    },
    fields: [...config.fields, ...shared, ...moderation.fields],
    hooks: {
      ...config.hooks,
      // setCreatedBy first: the publish rule compares the author with the user; then the workflow
      // transition is checked (src/workflow) and, on publish, the review is recorded
      beforeChange: [setCreatedBy, enforcePublishRule, enforceWorkflow, recordReview, ...(config.hooks?.beforeChange ?? [])],
      afterChange: [...(config.hooks?.afterChange ?? []), ...moderation.afterChange, recordWorkflowEvent, revalidateAfterChange],
      afterDelete: [...(config.hooks?.afterDelete ?? []), revalidateAfterDelete],
    },
    // drafts are validated too: a bad URL or slug never sits in a draft waiting for preview
    versions: { drafts: { autosave: false, validate: true }, maxPerDoc: VERSIONS_PER_DOCUMENT },
  }
}
