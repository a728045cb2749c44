import type { DetailsField } from '../../domain/organisationDetails';

/**
 * The organisation's details as form fields, in order: one list for the import screen's short
 * form and the admin page's editor, so both ask the same things the same way.
 */
export const DETAILS_FIELDS: readonly { key: DetailsField; type: string; autoComplete: string }[] =
  [
    { key: 'nameEn', type: 'text', autoComplete: 'organization' },
    { key: 'nameFr', type: 'text', autoComplete: 'off' },
    { key: 'dataDate', type: 'date', autoComplete: 'off' },
    { key: 'helpEmail', type: 'email', autoComplete: 'off' },
    { key: 'ownerEmail', type: 'email', autoComplete: 'email' },
  ];
