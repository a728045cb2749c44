/**
 * A topic's responsible channel (format 2 `responsibleChannel`): a shared service desk, form or
 * phone line that answers the topic and counts as its Responsible for the RACI rule. Either a
 * unit (its shared contact is used) or the channels themselves, with an optional name. Emptying
 * every field removes it.
 */
import { useId } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { UnitSelect } from '../../components/UnitSelect';
import type { LiveProblem } from '../../domain/editing/liveChecks';
import type { OrgIndex } from '../../domain/orgIndex';
import type { ResponsibleChannel } from '../../domain/types';
import { ChannelsFields, withChannel } from './ChannelsFields';
import { FieldProblems, LocalizedField } from './fields';

/** `channel` with `field` set; undefined once nothing is left. */
function withPart(
  channel: ResponsibleChannel | undefined,
  field: keyof ResponsibleChannel,
  value: unknown,
): ResponsibleChannel | undefined {
  const out: Record<string, unknown> = { ...channel, [field]: value };
  for (const [k, v] of Object.entries(out)) if (v === undefined || v === '') delete out[k];
  return Object.keys(out).length ? out : undefined;
}

export function ResponsibleChannelFields({
  index,
  value,
  onChange,
  problems,
}: {
  index: OrgIndex;
  value: ResponsibleChannel | undefined;
  onChange: (next: ResponsibleChannel | undefined) => void;
  /** Problems whose path starts with `.responsibleChannel` + the given suffix. */
  problems: (suffix: string) => LiveProblem[];
}) {
  const { t } = useTranslation('editor');
  const id = useId();
  const unit = value?.unitId === undefined ? undefined : index.unitById.get(value.unitId);
  const noContact = unit !== undefined && unit.contact === undefined && !value?.channels;
  return (
    <fieldset
      className="edit-localized"
      aria-describedby={`${id}-hint`}
      data-testid="responsible-channel"
    >
      <legend>{t('topic.channel.legend')}</legend>
      <p id={`${id}-hint`} className="muted edit-hint">
        {t('topic.channel.hint')}
      </p>
      <FieldProblems id={`${id}-problems`} problems={problems('')} />
      <UnitSelect
        index={index}
        label={t('topic.channel.unit')}
        value={value?.unitId ?? ''}
        onChange={(unitId) => onChange(withPart(value, 'unitId', unitId || undefined))}
        emptyLabel={t('none')}
        max={Infinity}
        className="edit-field"
        describedBy={noContact ? `${id}-nocontact` : undefined}
      >
        <FieldProblems id={`${id}-unit-problems`} problems={problems('.unitId')} />
        {noContact && (
          <p id={`${id}-nocontact`} className="field-problem field-problem-warning">
            {t('topic.channel.noContact')}
          </p>
        )}
      </UnitSelect>
      <LocalizedField
        label={t('topic.channel.label')}
        value={value?.label}
        onChange={(v) => onChange(withPart(value, 'label', v))}
        problems={problems('.label')}
      />
      <ChannelsFields
        value={value?.channels}
        onChange={(field, next) =>
          onChange(withPart(value, 'channels', withChannel(value?.channels, field, next)))
        }
        problems={(field) => problems(`.channels.${field}`)}
      />
    </fieldset>
  );
}
