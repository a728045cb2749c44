/** The contact channels of a person or a unit, one labelled field each. */
import { useTranslation } from '../../i18n/useTranslation';
import type { Channels } from '../../domain/types';
import type { LiveProblem } from '../../domain/editing/liveChecks';
import { LocalizedField, TextField } from './fields';

/** `value` with `field` set; undefined when no channel is left. */
export function withChannel(
  value: Channels | undefined,
  field: keyof Channels,
  next: unknown,
): Channels | undefined {
  const out: Record<string, unknown> = { ...value, [field]: next };
  for (const [k, v] of Object.entries(out)) if (v === undefined || v === '') delete out[k];
  return Object.keys(out).length ? out : undefined;
}

export function ChannelsFields({
  value,
  onChange,
  problems,
}: {
  value: Channels | undefined;
  onChange: (field: keyof Channels, next: unknown) => void;
  problems: (field: string) => LiveProblem[];
}) {
  const { t } = useTranslation('editor');
  const c = value ?? {};
  return (
    <>
      <TextField
        label={t('channel.email')}
        type="email"
        value={c.email ?? ''}
        onChange={(v) => onChange('email', v)}
        problems={problems('email')}
      />
      <TextField
        label={t('channel.phone')}
        type="tel"
        value={c.phone ?? ''}
        onChange={(v) => onChange('phone', v)}
        problems={problems('phone')}
      />
      <TextField
        label={t('channel.chat')}
        value={c.chat ?? ''}
        onChange={(v) => onChange('chat', v)}
        problems={problems('chat')}
      />
      <TextField
        label={t('channel.url')}
        type="url"
        value={c.url ?? ''}
        onChange={(v) => onChange('url', v)}
        problems={problems('url')}
      />
      <LocalizedField
        label={t('channel.location')}
        value={c.location}
        onChange={(v) => onChange('location', v)}
      />
      <LocalizedField
        label={t('channel.hours')}
        value={c.hours}
        onChange={(v) => onChange('hours', v)}
      />
    </>
  );
}
