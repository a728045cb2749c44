/** The RACI matrix's edit: a cell cycles R → A → C → I → none (one undo step per change). */
import { nextRole, roleOf, setRaci } from '../../domain/editing/operations';
import { recordOf } from '../../domain/editing/draft';
import type { Position } from '../../domain/types';
import { useEditorStore } from '../../store/editorStore';

export function cycleRaci(topicId: string, positionId: string): void {
  const { draft, apply } = useEditorStore.getState();
  if (!draft) return;
  const position = recordOf(draft, 'positions', positionId) as Position | undefined;
  apply(setRaci(draft, positionId, topicId, nextRole(roleOf(position, topicId))));
}
