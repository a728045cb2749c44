/** Editing a topic (and its service details and RACI) in the draft: `#/topic/:id` in edit mode. */
import { useTranslation } from '../../i18n/useTranslation';
import { UnitSelect } from '../../components/UnitSelect';
import type { OrgIndex } from '../../domain/orgIndex';
import { deleteTopic, roleOf, setRaci } from '../../domain/editing/operations';
import { localize } from '../../domain/text';
import type { Channels, Link, RaciRole, Service, Topic } from '../../domain/types';
import { useEditorStore } from '../../store/editorStore';
import { navigate } from '../../app/router';
import { hrefs } from '../../app/links';
import {
  CheckField,
  EditSection,
  LinesField,
  LocalizedField,
  LocalizedListField,
  TextField,
} from './fields';
import { FieldProblems } from './fields';
import { PositionPicker, positionLabel } from './PositionPicker';
import { ResponsibleChannelFields } from './ResponsibleChannelFields';
import { RoleSelect } from './RoleSelect';
import { useRecordEditor } from './useRecordEditor';
import { ConfirmButton } from './ConfirmButton';

const plain = (list: Service['steps']) =>
  (list ?? []).map((s) => (typeof s === 'string' ? s : (s.en ?? Object.values(s)[0] ?? '')));

function cleanObject<T extends object>(value: T): T | undefined {
  const entries = Object.entries(value).filter(
    ([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0),
  );
  return entries.length === 0 ? undefined : (Object.fromEntries(entries) as T);
}

export function TopicEditor({ index, topicId }: { index: OrgIndex; topicId: string }) {
  const { t, i18n } = useTranslation('editor');
  const lang = i18n.language;
  const { record: topic, set, problems } = useRecordEditor<Topic>('topics', topicId);
  if (!topic) return <p className="muted">{t('notInDraft', { id: topicId })}</p>;
  const service = topic.service ?? {};
  const setService = (field: keyof Service, value: unknown) =>
    set('service', cleanObject({ ...service, [field]: value }));
  const request = service.request ?? {};
  const setRequest = (field: keyof Channels, value: string) =>
    setService('request', cleanObject({ ...request, [field]: value }));
  const links = topic.links ?? [];
  const lettered = (index.raciByTopic.get(topicId) ?? []).map((e) => e.positionId);
  const raciProblems = problems('').filter((p) => p.code.startsWith('raci-'));
  const applyRole = (positionId: string, role: RaciRole | undefined) => {
    const { draft, apply } = useEditorStore.getState();
    if (draft) apply(setRaci(draft, positionId, topicId, role));
  };
  return (
    <div className="record-editor" aria-label={t('topic.editorLabel')} role="group">
      <EditSection title={t('topic.heading')}>
        <LocalizedField
          label={t('topic.name')}
          value={topic.name}
          onChange={(v) => set('name', v ?? '')}
          problems={problems('name')}
        />
        <LocalizedField
          label={t('topic.description')}
          value={topic.description}
          onChange={(v) => set('description', v)}
          multiline
          problems={problems('description')}
        />
        <LocalizedListField
          label={t('topic.keywords')}
          value={topic.keywords}
          onChange={(v) => set('keywords', v)}
          problems={problems('keywords')}
        />
        <UnitSelect
          index={index}
          label={t('topic.unit')}
          value={topic.unitId ?? ''}
          onChange={(id) => set('unitId', id || undefined)}
          emptyLabel={t('none')}
          max={Infinity}
          className="edit-field"
        >
          <FieldProblems id={`unit-${topicId}-problems`} problems={problems('unitId')} />
        </UnitSelect>
        <CheckField
          label={t('topic.onboarding')}
          checked={topic.onboarding === true}
          onChange={(v) => set('onboarding', v || undefined)}
        />
      </EditSection>

      <EditSection title={t('topic.service')}>
        <LocalizedField
          label={t('topic.responseTime')}
          value={service.responseTime}
          onChange={(v) => setService('responseTime', v)}
          problems={problems('service')}
        />
        <LocalizedField
          label={t('topic.leadTime')}
          value={service.leadTime}
          onChange={(v) => setService('leadTime', v)}
        />
        <LocalizedField
          label={t('topic.cost')}
          value={service.cost}
          onChange={(v) => setService('cost', v)}
        />
        <LinesField
          label={t('topic.steps')}
          hint={t('field.linesHint')}
          value={plain(service.steps)}
          onChange={(v) => setService('steps', v)}
        />
        <LinesField
          label={t('topic.equipment')}
          hint={t('field.linesHint')}
          value={plain(service.equipment)}
          onChange={(v) => setService('equipment', v)}
        />
        <fieldset className="edit-localized">
          <legend>{t('topic.request')}</legend>
          <TextField
            label={t('channel.email')}
            type="email"
            value={request.email ?? ''}
            onChange={(v) => setRequest('email', v)}
          />
          <TextField
            label={t('channel.url')}
            type="url"
            value={request.url ?? ''}
            onChange={(v) => setRequest('url', v)}
          />
          <TextField
            label={t('channel.phone')}
            type="tel"
            value={request.phone ?? ''}
            onChange={(v) => setRequest('phone', v)}
          />
        </fieldset>
        <LinesField
          label={t('topic.links')}
          hint={t('topic.linksHint')}
          value={links.map((l) => `${localize(l.label, 'en')} | ${l.url}`)}
          onChange={(lines) =>
            set(
              'links',
              lines.map((line): Link => {
                const [label = '', url = ''] = line.split('|').map((s) => s.trim());
                return { label: label || url, url };
              }),
            )
          }
        />
        <FieldProblems id={`links-${topicId}-problems`} problems={problems('links')} />
      </EditSection>

      <EditSection title={t('topic.raci')}>
        <div
          role="status"
          className={raciProblems.length ? 'raci-breach-note' : 'raci-ok-note'}
          data-testid="raci-check"
        >
          {raciProblems.length === 0
            ? `✓ ${t('topic.raciOk')}`
            : raciProblems
                .map((p) => `⚠ ${lang.startsWith('fr') ? p.message.fr : p.message.en}`)
                .join(' ')}
        </div>
        <ul className="edit-raci-list">
          {lettered.map((positionId) => (
            <li key={positionId}>
              <RoleSelect
                label={positionLabel(index, positionId, lang)}
                role={roleOf(index.positionById.get(positionId), topicId)}
                onChange={(role) => applyRole(positionId, role)}
              />
            </li>
          ))}
        </ul>
        <PositionPicker
          index={index}
          label={t('topic.addPosition')}
          exclude={(id) => lettered.includes(id)}
          onPick={(id) => applyRole(id, 'R')}
        />
        <ResponsibleChannelFields
          index={index}
          value={topic.responsibleChannel}
          onChange={(next) => set('responsibleChannel', next)}
          problems={(suffix) =>
            problems('').filter((p) => (p.field ?? '') === `.responsibleChannel${suffix}`)
          }
        />
      </EditSection>

      <ConfirmButton
        label={t('topic.delete')}
        confirm={t('topic.deleteConfirm', { name: localize(topic.name, lang) })}
        onConfirm={() => {
          const { draft, apply } = useEditorStore.getState();
          if (draft && apply(deleteTopic(draft, topicId))) navigate(hrefs.search());
        }}
      />
    </div>
  );
}
