/** The A–Z jump: one button per letter; letters with no entry in the current sort are off. */
import { memo } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { JUMP_LETTERS } from '../../domain/directory';

interface Props {
  firstIndex: ReadonlyMap<string, number>;
  onJump: (index: number) => void;
  /** What the letters refer to ("name", "title", …), for the label. */
  sortLabel: string;
}

export const AlphabetJump = memo(function AlphabetJump({ firstIndex, onJump, sortLabel }: Props) {
  const { t } = useTranslation('views');
  return (
    <nav className="az-jump" aria-label={t('directory.jump', { sort: sortLabel })}>
      <ul>
        {JUMP_LETTERS.map((letter) => {
          const at = firstIndex.get(letter);
          return (
            <li key={letter}>
              <button
                type="button"
                disabled={at === undefined}
                aria-label={letter === '#' ? t('directory.jumpOther') : undefined}
                onClick={() => at !== undefined && onJump(at)}
              >
                {letter}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
});
