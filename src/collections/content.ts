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
import { explainPublishRefusal } from '../hooks/explainPublishRefusal'
import { recordReview } from '../hooks/recordReview'
import { markRestore, restoreVersionData, restoreVersionEndpoint } from '../hooks/restoreAsDraft'
import { moderationForContent } from '../moderation/content'
import { revalidateAfterChange, revalidateAfterDelete } from '../hooks/revalidate'
import { setCreatedBy } from '../hooks/setCreatedBy'
import { enforceWorkflow, recordWorkflowEvent } from '../workflow/hooks'
import { isPreviewable, LIVE_PREVIEW_BREAKPOINTS, previewUrl } from '../preview/url'

export const CONTENT_GROUP = 'Content'
export const VERSIONS_PER_DOCUMENT = 50
/**
 * How long an editor's edit lock outlives their last keystroke (Payload's default is 5 minutes). The
 * admin renews the lock every 10 seconds while someone types, and a save releases it, but a change
 * sent just after a quick save locks the document again and leaving the page does not unlock it: such
 * a lock should not keep the next editor out for long.
 */
export const EDIT_LOCK_SECONDS = 45

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
    lockDocuments: { duration: EDIT_LOCK_SECONDS },
    ...config,
    // "Restore this version" restores as a draft for those who may not publish (src/hooks/restoreAsDraft.ts)
    endpoints: config.endpoints === false ? false : [restoreVersionEndpoint, ...(config.endpoints ?? [])],
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
      // (Preview opens it in a tab; Live Preview beside the form, refreshed on every save)
      ...(isPreviewable(config.slug)
        ? {
            preview: (doc, { locale }) => previewUrl(config.slug, doc?.id as number | undefined, locale),
            livePreview: {
              url: ({ data, locale }) => previewUrl(config.slug, data?.id as number | undefined, locale?.code),
              breakpoints: LIVE_PREVIEW_BREAKPOINTS,
            },
          }
        : {}),
      ...config.admin,
      components: {
        ...config.admin?.components,
        edit: {
          ...config.admin?.components?.edit,
          beforeDocumentControls: [
            '/src/components/admin/RevertOnlyForPublishers#RevertOnlyForPublishers',
            ...(config.admin?.components?.edit?.beforeDocumentControls ?? []),
          ],
        },
      },
    },
    fields: [...config.fields, ...shared, ...moderation.fields],
    hooks: {
      ...config.hooks,
      // a version restore first says what it really writes (a draft when restored as one; the
      // document's author and review state); setCreatedBy next: the publish rule compares the author
      // with the user; then the workflow transition is checked (src/workflow) and, on publish, the
      // review is recorded
      beforeOperation: [markRestore, ...(config.hooks?.beforeOperation ?? [])],
      beforeChange: [
        restoreVersionData,
        setCreatedBy,
        enforcePublishRule,
        enforceWorkflow,
        recordReview,
        ...(config.hooks?.beforeChange ?? []),
      ],
      afterChange: [
        ...(config.hooks?.afterChange ?? []),
        ...moderation.afterChange,
        recordWorkflowEvent,
        revalidateAfterChange,
      ],
      afterDelete: [...(config.hooks?.afterDelete ?? []), revalidateAfterDelete],
      // access refused a publish: say what the rule is, not Payload's generic message
      afterError: [...(config.hooks?.afterError ?? []), explainPublishRefusal],
    },
    // drafts are validated too: a bad URL or slug never sits in a draft waiting for preview;
    // publishing and unpublishing can be scheduled (Payload's jobs queue, under the publish rule:
    // src/workflow/schedule.ts, jobs/index.ts)
    versions: { drafts: { autosave: false, validate: true, schedulePublish: true }, maxPerDoc: VERSIONS_PER_DOCUMENT },
  }
}
