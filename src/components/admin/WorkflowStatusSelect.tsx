'use client'
/**
 * The client part of the `workflowStatus` field (WorkflowStatusField renders it): Payload's own select,
 * offering only the statuses the server computed for the saved document, read-only with a one-line
 * reason when there is no move to make.
 *
 * The server part renders once per page load; the form does not render it again after a save. So
 * when the document is saved in this view (useDocumentInfo's saved data is newer than what the server
 * read), the offer is worked out again here with the same rule (rules.ts allowedStatuses), from the
 * saved document. And when the form holds a status outside the offer (Payload's Unpublish resets the
 * form with the data from before the unpublish), it is put back to the saved status, without marking
 * the form modified, so a later save is not refused.
 */
import { SelectField, useDocumentInfo, useField } from '@payloadcms/ui'
import type { SelectFieldClientProps } from 'payload'
import { useEffect, useMemo } from 'react'
import { allowedStatuses, STATUSES, waitingFor, type Actor, type WorkflowStatus } from '@/workflow/rules'
import { idOf } from '@/lib/ids'

/** The document as saved: status (null before the first save), author and when. */
export type SavedWorkflow = { status: WorkflowStatus | null; author: number | string | null; updatedAt: string | null }

export type WorkflowStatusSelectProps = {
  actor: Actor
  /** worked out by the server for `saved` */
  allowed: WorkflowStatus[]
  field: SelectFieldClientProps['field']
  path: string
  readOnly?: boolean
  saved: SavedWorkflow
  waiting: string | null
}

const asStatus = (value: unknown): WorkflowStatus | null =>
  STATUSES.includes(value as WorkflowStatus) ? (value as WorkflowStatus) : null

/** The saved document as this view knows it after a save, when that is newer than what the server read. */
function savedHere(data: Record<string, unknown> | undefined, server: SavedWorkflow): SavedWorkflow | null {
  const status = asStatus(data?.workflowStatus)
  const updatedAt = typeof data?.updatedAt === 'string' ? data.updatedAt : null
  if (!status || !updatedAt) return null
  if (server.updatedAt && Date.parse(updatedAt) <= Date.parse(server.updatedAt)) return null
  return { status, author: idOf(data?.createdBy) ?? server.author, updatedAt }
}

export function WorkflowStatusSelect({
  actor,
  allowed: allowedByServer,
  field,
  path,
  readOnly,
  saved: savedByServer,
  waiting: waitingByServer,
}: WorkflowStatusSelectProps) {
  const { data } = useDocumentInfo()
  const newer = savedHere(data, savedByServer)
  const saved = newer ?? savedByServer
  const allowed = newer ? allowedStatuses(actor, newer.author, newer.status) : allowedByServer
  const waiting = newer ? waitingFor(actor, newer.author, newer.status) : waitingByServer
  const allowedKey = allowed.join(' ')

  const { setValue, value } = useField<string | null>({ path })
  useEffect(() => {
    if (typeof value === 'string' && !allowedKey.split(' ').includes(value)) setValue(saved.status ?? 'draft', true)
  }, [allowedKey, saved.status, setValue, value])

  const offered = useMemo(
    () => ({
      ...field,
      // a status is never empty
      admin: { ...field.admin, isClearable: false } as typeof field.admin,
      options: field.options.filter((o) => allowedKey.split(' ').includes(typeof o === 'string' ? o : o.value)),
    }),
    [field, allowedKey],
  )
  const noMove = allowed.length < 2

  return (
    <div className="ah-workflow-status" data-testid="workflow-status">
      <SelectField field={offered} path={path} readOnly={readOnly || noMove} />
      {waiting ? (
        <p className="field-description" role="note" data-testid="workflow-status-waiting">
          {waiting}
        </p>
      ) : null}
    </div>
  )
}
