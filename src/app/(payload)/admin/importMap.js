import { SlugField as SlugField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { WorkflowStatusField as WorkflowStatusField_8721aa128422857c3b623e92db74fc89 } from '../../../../src/components/admin/WorkflowStatusField'
import { ReviewHistory as ReviewHistory_e06c4ea7b181eb2615186622cb284591 } from '../../../../src/components/admin/ReviewHistory'
import { DocumentFeedback as DocumentFeedback_c43ef6e9b1f1353f71785a7ed0d048fb } from '../../../../src/components/admin/DocumentFeedback'
import { RevertOnlyForPublishers as RevertOnlyForPublishers_86f3bfa723cb83a035d9f792f11dda30 } from '../../../../src/components/admin/RevertOnlyForPublishers'
import { LinkHealthListFilters as LinkHealthListFilters_f2d4cbd8dbf4ab6ad95916f38e2754e4 } from '../../../../src/components/admin/LinkHealthWidget'
import { ResourceImport as ResourceImport_335cc746ab605159759fef7701128459 } from '../../../../src/components/admin/ResourceImport'
import { SubmissionPanel as SubmissionPanel_fb3cd382afbf96cfd0dce4d0cc0fe22c } from '../../../../src/components/admin/SubmissionPanel'
import { SubmissionListTools as SubmissionListTools_2ceb042d88a1c322343fcf7ccac761e2 } from '../../../../src/components/admin/SubmissionListTools'
import { RolesField as RolesField_a54e6fbb56aaaf9a3ce5aaa01fa7c20f } from '../../../../src/components/admin/RolesField'
import { ModerationDashboard as ModerationDashboard_78526cbcb11967891350577b46c9c31c } from '../../../../src/components/admin/ModerationDashboard'
import { LinkHealthWidget as LinkHealthWidget_f2d4cbd8dbf4ab6ad95916f38e2754e4 } from '../../../../src/components/admin/LinkHealthWidget'
import { ReviewDashboard as ReviewDashboard_f491014223fbae922248cf856ad4f97c } from '../../../../src/components/admin/ReviewDashboard'
import { SubscriberCount as SubscriberCount_8422cfd303e73b27736b24547f09958d } from '../../../../src/digest/admin/SubscriberCount'
import { NewSubmissionsLink as NewSubmissionsLink_5eae83cd673575004d82b6025dd46b1a } from '../../../../src/components/admin/NewSubmissionsLink'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/next/client#SlugField": SlugField_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/components/admin/WorkflowStatusField#WorkflowStatusField": WorkflowStatusField_8721aa128422857c3b623e92db74fc89,
  "/src/components/admin/ReviewHistory#ReviewHistory": ReviewHistory_e06c4ea7b181eb2615186622cb284591,
  "/src/components/admin/DocumentFeedback#DocumentFeedback": DocumentFeedback_c43ef6e9b1f1353f71785a7ed0d048fb,
  "/src/components/admin/RevertOnlyForPublishers#RevertOnlyForPublishers": RevertOnlyForPublishers_86f3bfa723cb83a035d9f792f11dda30,
  "/src/components/admin/LinkHealthWidget#LinkHealthListFilters": LinkHealthListFilters_f2d4cbd8dbf4ab6ad95916f38e2754e4,
  "/src/components/admin/ResourceImport#ResourceImport": ResourceImport_335cc746ab605159759fef7701128459,
  "/src/components/admin/SubmissionPanel#SubmissionPanel": SubmissionPanel_fb3cd382afbf96cfd0dce4d0cc0fe22c,
  "/src/components/admin/SubmissionListTools#SubmissionListTools": SubmissionListTools_2ceb042d88a1c322343fcf7ccac761e2,
  "/src/components/admin/RolesField#RolesField": RolesField_a54e6fbb56aaaf9a3ce5aaa01fa7c20f,
  "/src/components/admin/ModerationDashboard#ModerationDashboard": ModerationDashboard_78526cbcb11967891350577b46c9c31c,
  "/src/components/admin/LinkHealthWidget#LinkHealthWidget": LinkHealthWidget_f2d4cbd8dbf4ab6ad95916f38e2754e4,
  "/src/components/admin/ReviewDashboard#ReviewDashboard": ReviewDashboard_f491014223fbae922248cf856ad4f97c,
  "/src/digest/admin/SubscriberCount#SubscriberCount": SubscriberCount_8422cfd303e73b27736b24547f09958d,
  "/src/components/admin/NewSubmissionsLink#NewSubmissionsLink": NewSubmissionsLink_5eae83cd673575004d82b6025dd46b1a,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
