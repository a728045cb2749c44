/** Reading and editing one record of the draft, with its live problems by field. */
import { useCallback } from 'react';
import type { EntityKind } from '../../domain/diff';
import type { AnyRecord } from '../../domain/editing/change';
import { recordOf } from '../../domain/editing/draft';
import type { LiveProblem } from '../../domain/editing/liveChecks';
import { setField } from '../../domain/editing/operations';
import { selectChecksRevision, selectDraft, useEditorStore } from '../../store/editorStore';

export interface RecordEditor<T extends AnyRecord> {
  record: T | undefined;
  /** Sets a field; keystrokes in one field within a moment are one undo step. */
  set: (field: string, value: unknown) => void;
  /** Problems about the record whose path starts with `.field` ('' = all of them). */
  problems: (field?: string) => LiveProblem[];
}

export function useRecordEditor<T extends AnyRecord>(
  kind: EntityKind,
  id: string,
): RecordEditor<T> {
  const draft = useEditorStore(selectDraft);
  useEditorStore(selectChecksRevision);
  const record = draft ? (recordOf(draft, kind, id) as T | undefined) : undefined;
  const set = useCallback(
    (field: string, value: unknown) => {
      const { draft: current, apply } = useEditorStore.getState();
      if (!current) return;
      apply(setField(current, kind, id, field, value), { coalesce: `${kind}:${id}:${field}` });
    },
    [kind, id],
  );
  const problems = (field = '') => {
    const { draft: current, checks } = useEditorStore.getState();
    if (!current || !checks) return [];
    const all = checks.problemsOf(current, kind, id);
    if (field === '') return all;
    return all.filter((p) => {
      const f = p.field ?? '';
      return f === `.${field}` || f.startsWith(`.${field}.`) || f.startsWith(`.${field}[`);
    });
  };
  return { record, set, problems };
}
