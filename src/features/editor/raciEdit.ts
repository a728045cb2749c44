/** The RACI matrix's edits (one undo step per change). */
import { nextRole, roleOf, setField, setRaci } from '../../domain/editing/operations';
import { recordOf } from '../../domain/editing/draft';
import { nextChannel } from '../../domain/raciChannel';
import type { Position, Topic, Unit } from '../../domain/types';
import { useEditorStore } from '../../store/editorStore';

/** A position's cell cycles R → A → C → I → none. */
export function cycleRaci(topicId: string, positionId: string): void {
  const { draft, apply } = useEditorStore.getState();
  if (!draft) return;
  const position = recordOf(draft, 'positions', positionId) as Position | undefined;
  apply(setRaci(draft, positionId, topicId, nextRole(roleOf(position, topicId))));
}

/** The "Shared channel" cell: the topic's unit's shared contact as Responsible, or none. */
export function cycleChannel(topicId: string): void {
  const { draft, apply } = useEditorStore.getState();
  if (!draft) return;
  const topic = recordOf(draft, 'topics', topicId) as Topic | undefined;
  if (!topic) return;
  const unit =
    topic.unitId === undefined ? undefined : (recordOf(draft, 'units', topic.unitId) as Unit);
  const step = nextChannel(topic, unit);
  if (step) apply(setField(draft, 'topics', topicId, 'responsibleChannel', step.to));
}
