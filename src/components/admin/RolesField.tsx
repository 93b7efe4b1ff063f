'use client'
/**
 * The users' Roles field. Signed in (an admin managing accounts, or anyone on their own account),
 * Payload's select as usual. On the create-first-user form nobody is signed in yet, and the first
 * account always becomes an admin (src/collections/Users/hooks/firstUserIsAdmin.ts), so a picker
 * preset to "Editor" would promise something else: the form says what will happen instead.
 */
import { SelectField, useAuth, useTranslation } from '@payloadcms/ui'
import type { SelectFieldClientComponent } from 'payload'

const FIRST_ACCOUNT = {
  en: 'The first account is an administrator. Once signed in, you can invite editors and reviewers and choose their roles.',
  fr: 'Le premier compte est administrateur. Une fois connecté, vous pourrez inviter des éditeurs et des relecteurs et choisir leurs rôles.',
} as const

export const RolesField: SelectFieldClientComponent = (props) => {
  const { user } = useAuth()
  const { i18n } = useTranslation()
  if (user) return <SelectField {...props} />
  const language = i18n.language === 'fr' ? 'fr' : 'en'
  return (
    <p className="field-type field-description first-account-role" data-testid="first-account-role">
      {FIRST_ACCOUNT[language]}
    </p>
  )
}
