/**
 * Editing a position in the draft (`#/position/:id` in edit mode): title, purpose, unit,
 * assistant flag, manager (a move), dotted lines, backup, holders, new reports and peers, and
 * delete with what happens to its reports. Every change is one undo step (typing coalesces).
 */
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { UnitSelect } from '../../components/UnitSelect';
import { hrefs } from '../../app/links';
import { navigate } from '../../app/router';
import type { OrgIndex } from '../../domain/orgIndex';
import {
  addPeer,
  addReport,
  assignPerson,
  deletePosition,
  isRefusal,
  movePosition,
  setRaci,
  unassignPerson,
  vacatePosition,
  type DeleteMode,
  type OpResult,
} from '../../domain/editing/operations';
import { localize } from '../../domain/text';
import type { Position } from '../../domain/types';
import { useEditorStore } from '../../store/editorStore';
import { AddPersonForm } from './AddPersonForm';
import { ConfirmButton } from './ConfirmButton';
import { CheckField, EditSection, FieldProblems, LocalizedField, TextField } from './fields';
import { PersonPicker, personLabel } from './PersonPicker';
import { PositionPicker, positionLabel } from './PositionPicker';
import { RoleSelect } from './RoleSelect';
import { useRecordEditor } from './useRecordEditor';

/** Applies an operation on the current draft; returns the edit when it was applied. */
function run(
  op: (draft: NonNullable<ReturnType<typeof useEditorStore.getState>['draft']>) => OpResult,
) {
  const { draft, apply } = useEditorStore.getState();
  if (!draft) return undefined;
  const result = op(draft);
  return apply(result) && !isRefusal(result) ? result : undefined;
}

function NewPositionForm({ label, onAdd }: { label: string; onAdd: (title: string) => void }) {
  const { t } = useTranslation('editor');
  const [title, setTitle] = useState('');
  return (
    <form
      className="edit-inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (title.trim() === '') return;
        onAdd(title.trim());
        setTitle('');
      }}
    >
      <TextField label={`${label} — ${t('position.newTitle')}`} value={title} onChange={setTitle} />
      <button type="submit" className="button button-secondary" disabled={title.trim() === ''}>
        {label}
      </button>
    </form>
  );
}

export function PositionEditor({ index, positionId }: { index: OrgIndex; positionId: string }) {
  const { t, i18n } = useTranslation('editor');
  const lang = i18n.language;
  const { record: position, set, problems } = useRecordEditor<Position>('positions', positionId);
  const [deleteMode, setDeleteMode] = useState<DeleteMode>('reassign');
  if (!position) return <p className="muted">{t('notInDraft', { id: positionId })}</p>;
  const label = (id: string) => positionLabel(index, id, lang);
  const holders = position.holders ?? [];
  const dotted = position.dottedLineTo ?? [];
  const reports = index.reportsOf.get(positionId) ?? [];
  const added = (result: OpResult | undefined) => {
    const id = result && !isRefusal(result) ? result.label.values?.id : undefined;
    if (typeof id === 'string') navigate(hrefs.position(id));
  };
  const newTitle = (title: string) => (lang.startsWith('fr') ? { fr: title } : { en: title });
  return (
    <div className="record-editor" aria-label={t('position.editorLabel')} role="group">
      <EditSection title={t('position.heading')}>
        <LocalizedField
          label={t('position.title')}
          value={position.title}
          onChange={(v) => set('title', v ?? '')}
          problems={problems('title')}
        />
        <LocalizedField
          label={t('position.purpose')}
          value={position.purpose}
          onChange={(v) => set('purpose', v)}
          multiline
          problems={problems('purpose')}
        />
        <UnitSelect
          index={index}
          label={t('position.unit')}
          value={position.unitId ?? ''}
          onChange={(id) => set('unitId', id || undefined)}
          emptyLabel={t('none')}
          max={Infinity}
          className="edit-field"
        >
          <FieldProblems id={`unit-${positionId}-problems`} problems={problems('unitId')} />
        </UnitSelect>
        <CheckField
          label={t('position.assistant')}
          checked={position.assistant === true}
          onChange={(v) => set('assistant', v || undefined)}
        />
      </EditSection>

      <EditSection title={t('position.reporting')}>
        <p data-testid="position-manager">
          {position.reportsTo !== undefined
            ? t('position.managerNow', { name: label(position.reportsTo) })
            : t('position.top')}
        </p>
        <FieldProblems id={`manager-${positionId}-problems`} problems={problems('reportsTo')} />
        <PositionPicker
          index={index}
          label={t('position.manager')}
          exclude={(id) => id === positionId || id === position.reportsTo}
          onPick={(id) => run((d) => movePosition(d, positionId, id))}
        />
        {position.reportsTo !== undefined && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => run((d) => movePosition(d, positionId, undefined))}
          >
            {t('position.makeTop')}
          </button>
        )}
        <h3 className="edit-subheading">{t('position.dotted')}</h3>
        {dotted.length > 0 && (
          <ul className="edit-chip-list">
            {dotted.map((id) => (
              <li key={id}>
                {label(id)}{' '}
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() =>
                    set(
                      'dottedLineTo',
                      dotted.filter((d) => d !== id).length
                        ? dotted.filter((d) => d !== id)
                        : undefined,
                    )
                  }
                >
                  {t('position.removeDotted', { name: label(id) })}
                </button>
              </li>
            ))}
          </ul>
        )}
        <FieldProblems id={`dotted-${positionId}-problems`} problems={problems('dottedLineTo')} />
        <PositionPicker
          index={index}
          label={t('position.addDotted')}
          exclude={(id) => id === positionId || dotted.includes(id)}
          onPick={(id) => set('dottedLineTo', [...dotted, id])}
        />
        <h3 className="edit-subheading">{t('position.backup')}</h3>
        <p data-testid="position-backup">
          {position.backupId !== undefined
            ? t('position.backupNow', { name: label(position.backupId) })
            : t('position.noBackupYet')}
        </p>
        <FieldProblems id={`backup-${positionId}-problems`} problems={problems('backupId')} />
        <PositionPicker
          index={index}
          label={t('position.chooseBackup')}
          exclude={(id) => id === positionId || id === position.backupId}
          onPick={(id) => set('backupId', id)}
        />
        {position.backupId !== undefined && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => set('backupId', undefined)}
          >
            {t('position.noBackup')}
          </button>
        )}
      </EditSection>

      <EditSection title={t('position.holders')}>
        {holders.length === 0 ? (
          <p data-testid="position-holders">{t('position.vacant')}</p>
        ) : (
          <ul className="edit-chip-list" data-testid="position-holders">
            {holders.map((id) => (
              <li key={id}>
                {personLabel(index, id)}{' '}
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => run((d) => unassignPerson(d, positionId, id))}
                >
                  {t('position.unassign', { name: index.personById.get(id)?.name ?? id })}
                </button>
              </li>
            ))}
          </ul>
        )}
        <FieldProblems id={`holders-${positionId}-problems`} problems={problems('holders')} />
        <PersonPicker
          index={index}
          label={t('position.assign')}
          exclude={(id) => holders.includes(id)}
          onPick={(id) => run((d) => assignPerson(d, positionId, id))}
        />
        <AddPersonForm positionId={positionId} />
        {holders.length > 0 && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => run((d) => vacatePosition(d, positionId))}
          >
            {t('position.vacate')}
          </button>
        )}
      </EditSection>

      <EditSection title={t('position.raci')}>
        <ul className="edit-raci-list">
          {(position.responsibilities ?? []).map(({ topicId, role }) => (
            <li key={topicId}>
              <RoleSelect
                label={localize(index.topicById.get(topicId)?.name, lang) || topicId}
                role={role}
                onChange={(next) => run((d) => setRaci(d, positionId, topicId, next))}
              />
            </li>
          ))}
        </ul>
        <FieldProblems id={`raci-${positionId}-problems`} problems={problems('responsibilities')} />
        <div className="edit-field">
          <label htmlFor={`raci-add-${positionId}`}>{t('position.addRaci')}</label>
          <select
            id={`raci-add-${positionId}`}
            value=""
            onChange={(e) => {
              const topicId = e.target.value;
              if (topicId) run((d) => setRaci(d, positionId, topicId, 'R'));
            }}
          >
            <option value="">{t('position.chooseTopic')}</option>
            {[...index.topicById.values()]
              .filter((topic) => !position.responsibilities?.some((r) => r.topicId === topic.id))
              .map((topic) => (
                <option key={topic.id} value={topic.id}>
                  {localize(topic.name, lang)}
                </option>
              ))}
          </select>
        </div>
      </EditSection>

      <EditSection title={t('position.add')}>
        <NewPositionForm
          label={t('position.addReport')}
          onAdd={(title) => added(run((d) => addReport(d, positionId, newTitle(title))))}
        />
        <NewPositionForm
          label={t('position.addPeer')}
          onAdd={(title) => added(run((d) => addPeer(d, positionId, newTitle(title))))}
        />
      </EditSection>

      <ConfirmButton
        label={t('position.delete')}
        confirm={t('position.deleteConfirm', { name: localize(position.title, lang) })}
        onConfirm={() => {
          if (run((d) => deletePosition(d, positionId, deleteMode))) {
            navigate(
              position.reportsTo !== undefined ? hrefs.position(position.reportsTo) : hrefs.chart(),
            );
          }
        }}
      >
        {reports.length > 0 && (
          <fieldset className="edit-localized">
            <legend>{t('position.deleteReports', { count: reports.length })}</legend>
            {(['reassign', 'subtree'] as const).map((mode) => (
              <div key={mode} className="edit-field edit-check">
                <input
                  id={`delete-${mode}`}
                  type="radio"
                  name="delete-mode"
                  checked={deleteMode === mode}
                  onChange={() => setDeleteMode(mode)}
                />
                <label htmlFor={`delete-${mode}`}>
                  {t(mode === 'reassign' ? 'position.deleteReassign' : 'position.deleteSubtree')}
                </label>
              </div>
            ))}
          </fieldset>
        )}
      </ConfirmButton>
    </div>
  );
}
