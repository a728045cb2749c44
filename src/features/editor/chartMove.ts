/**
 * A position dropped on another card of the chart: the same `movePosition` as choosing the
 * manager in the record (one undo step; a loop is refused with the banner's message).
 */
import { movePosition } from '../../domain/editing/operations';
import { useEditorStore } from '../../store/editorStore';

export function moveOnChart(positionId: string, managerId: string): boolean {
  const { draft, apply } = useEditorStore.getState();
  if (!draft) return false;
  return apply(movePosition(draft, positionId, managerId));
}
