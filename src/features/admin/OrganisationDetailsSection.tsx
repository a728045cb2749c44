/**
 * The organisation's details (name EN/FR, data date, help e-mail, data owner e-mail), editable
 * after an import: "Edit" opens the form, "Save" stores a new version (history and restore as
 * for imports). The domain (`editOrganisationDetails`) decides what is valid; a refused or
 * failed save leaves the stored data as it was.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { formatIsoDate, sourceName } from '../../components/formatDate';
import { isStaleVersion } from '../../db/currentVersion';
import { sha256Hex } from '../../db/hash';
import { saveEditedVersion } from '../../db/orgRepository';
import { EDITOR_PREFIX, sourceKindOf } from '../../domain/dataSource';
import {
  type DetailsField,
  type DetailsProblem,
  detailsOf,
  editOrganisationDetails,
  type OrganisationDetailsForm,
} from '../../domain/organisationDetails';
import { localize } from '../../domain/text';
import { useAdminStore } from '../../store/adminStore';
import { selectMeta, selectOrgData, useOrgStore } from '../../store/orgStore';
import { DetailsInputs } from './DetailsInputs';

type Outcome = 'saved' | 'stale' | 'failed';

/** Saves the edited details as a new version of the current data. */
async function save(form: OrganisationDetailsForm): Promise<Outcome | DetailsProblem[]> {
  const { data, meta } = useOrgStore.getState();
  if (!data || !meta) return 'failed';
  const edited = editOrganisationDetails(data.organisation, form);
  if (!edited.ok) return edited.problems;
  const next = { ...data, organisation: edited.organisation };
  const kind = sourceKindOf(meta.sourceUrl);
  const ownData = kind === 'import' || kind === 'editor';
  try {
    const saved = await saveEditedVersion(next, {
      basedOn: meta.versionId,
      sourceUrl: ownData ? meta.sourceUrl : `${EDITOR_PREFIX}organisation details`,
      ...(meta.fileName !== undefined ? { fileName: meta.fileName } : {}),
      hash: await sha256Hex(JSON.stringify(next)),
    });
    await useOrgStore.getState().setDataInSlices(next, saved);
    // A URL source that was followed is configured still, but no longer followed.
    if (kind === 'url') useOrgStore.setState({ notFollowed: meta.sourceUrl });
  } catch (e) {
    console.warn('Wayfinder: could not save the details', e);
    return isStaleVersion(e) ? 'stale' : 'failed';
  }
  await useAdminStore.getState().loadVersions();
  return 'saved';
}

function DetailsFormView({ onDone }: { onDone: (outcome: Outcome | undefined) => void }) {
  const { t } = useTranslation('admin');
  const data = useOrgStore(selectOrgData);
  const meta = useOrgStore(selectMeta);
  const [form, setForm] = useState<OrganisationDetailsForm>(() =>
    data
      ? detailsOf(data.organisation)
      : { nameEn: '', nameFr: '', dataDate: '', helpEmail: '', ownerEmail: '' },
  );
  const [problems, setProblems] = useState<DetailsProblem[]>([]);
  const [saving, setSaving] = useState(false);
  const id = useId();
  const kind = meta ? sourceKindOf(meta.sourceUrl) : undefined;
  const problemOf = (field: DetailsField) => problems.find((p) => p.field === field);

  // The first wrong field gets the focus once the form is enabled again (after the render).
  useEffect(() => {
    if (!saving && problems[0]) document.getElementById(`${id}-${problems[0].field}`)?.focus();
  }, [problems, saving, id]);

  const submit = async () => {
    setSaving(true);
    const result = await save(form);
    setSaving(false);
    if (Array.isArray(result)) {
      setProblems(result);
      return;
    }
    onDone(result);
  };

  return (
    <form
      className="import-details org-details-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <fieldset disabled={saving}>
        <legend>{t('orgDetails.heading')}</legend>
        {kind === 'url' && meta && (
          <p className="muted">{t('orgDetails.urlNote', { source: sourceName(meta.sourceUrl) })}</p>
        )}
        {kind === 'demo' && <p className="muted">{t('orgDetails.demoNote')}</p>}
        <DetailsInputs
          values={form}
          idPrefix={id}
          onChange={(field, value) => setForm({ ...form, [field]: value })}
          errorOf={(field) => {
            const problem = problemOf(field);
            return problem && t(`orgDetails.problem.${problem.code}`);
          }}
        />
        <div className="org-details-actions">
          <button type="submit" className="button">
            {saving ? t('orgDetails.saving') : t('orgDetails.save')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => onDone(undefined)}
          >
            {t('orgDetails.cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

export function OrganisationDetailsSection() {
  const { t, i18n } = useTranslation('admin');
  const data = useOrgStore(selectOrgData);
  const [editing, setEditing] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  if (!data) return null;
  const org = data.organisation;
  return (
    <section
      className="card admin-section"
      aria-labelledby="org-details-heading"
      data-testid="org-details"
    >
      <h2 id="org-details-heading">{t('orgDetails.heading')}</h2>
      <p>
        {t('orgDetails.summary', {
          name: localize(org.name, i18n.language),
          date: org.dataDate ? formatIsoDate(org.dataDate, i18n.language) : t('orgDetails.noDate'),
        })}
      </p>
      {editing ? (
        <DetailsFormView
          onDone={(result) => {
            setOutcome(result);
            if (result !== 'stale') setEditing(false);
          }}
        />
      ) : (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setOutcome(undefined);
            setEditing(true);
          }}
        >
          {t('orgDetails.edit')}
        </button>
      )}
      <p role="status" className="source-status" data-testid="org-details-status">
        {outcome && t(`orgDetails.${outcome}`)}
      </p>
    </section>
  );
}
