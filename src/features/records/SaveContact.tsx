/**
 * "Save contact": the person (or a list of people) as a vCard file for the address book. The
 * file is built by `buildVCards` (src/domain/vcard.ts) and handed to the browser as a download.
 */
import { useTranslation } from '../../i18n/useTranslation';
import type { OrgIndex } from '../../domain/orgIndex';
import { buildVCards } from '../../domain/vcard';
import { downloadText, fileSlug } from '../../components/download';

export const VCARD_TYPE = 'text/vcard;charset=utf-8';

/** Builds and downloads the `.vcf` of `personIds` in the UI language. */
export function useSaveVCards() {
  const { t, i18n } = useTranslation('records');
  return (index: OrgIndex, personIds: readonly string[], fileName: string) => {
    const labels = {
      askMeAbout: t('person.askMeAbout'),
      chat: t('vcard.chat'),
      hours: t('person.hours'),
    };
    const text = buildVCards(index, personIds, i18n.language, labels);
    downloadText(text, `${fileSlug(fileName, 'contacts')}.vcf`, VCARD_TYPE);
  };
}

interface Props {
  index: OrgIndex;
  personId: string;
  name: string;
  /** A compact link-style button (directory rows); the visible text stays "Save contact". */
  compact?: boolean;
}

export function SaveContact({ index, personId, name, compact = false }: Props) {
  const { t } = useTranslation('records');
  const save = useSaveVCards();
  return (
    <button
      type="button"
      className={compact ? 'button-link save-contact' : 'button button-secondary save-contact'}
      onClick={() => save(index, [personId], name)}
    >
      {t('vcard.save')}
      <span className="visually-hidden"> {t('vcard.saveOf', { name })}</span>
    </button>
  );
}
