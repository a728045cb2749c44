/** Types of the org model, inferred from the zod schemas so the two cannot drift apart. */
import type { z } from 'zod';
import type {
  channelsSchema,
  headcountSchema,
  idScopeSchema,
  organisationEntrySchema,
  responsibleChannelSchema,
  searchSettingsSchema,
  linkSchema,
  localizedListSchema,
  localizedTextSchema,
  maintainerSchema,
  orgFileSchema,
  organisationSchema,
  personSchema,
  positionSchema,
  raciRoleSchema,
  responsibilitySchema,
  serviceSchema,
  topicSchema,
  unitSchema,
  unitTypeSchema,
} from './schema';

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type LocalizedList = z.infer<typeof localizedListSchema>;
export type Maintainer = z.infer<typeof maintainerSchema>;
export type Channels = z.infer<typeof channelsSchema>;
export type UnitType = z.infer<typeof unitTypeSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type RaciRole = z.infer<typeof raciRoleSchema>;
export type Responsibility = z.infer<typeof responsibilitySchema>;
export type Position = z.infer<typeof positionSchema>;
export type Person = z.infer<typeof personSchema>;
export type Link = z.infer<typeof linkSchema>;
export type Service = z.infer<typeof serviceSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
/** One of several organisations in a file (format v2). */
export type OrganisationEntry = z.infer<typeof organisationEntrySchema>;
export type Headcount = z.infer<typeof headcountSchema>;
export type ResponsibleChannel = z.infer<typeof responsibleChannelSchema>;
export type SearchSettings = z.infer<typeof searchSettingsSchema>;
export type IdScope = z.infer<typeof idScopeSchema>;
/** A parsed, schema-valid org file (defaults applied). */
export type OrgData = z.infer<typeof orgFileSchema>;
/** What an org file may look like before defaults are applied. */
export type OrgFileInput = z.input<typeof orgFileSchema>;
