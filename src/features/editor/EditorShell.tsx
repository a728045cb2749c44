/**
 * Mounted by the shell while edit mode is on (its own chunk: read-only visitors never load the
 * editor). Opens the draft, follows other tabs' changes, binds Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y,
 * and shows the edit banner.
 */
import { useEffect } from 'react';
import { startDraftSync, useEditorStore } from '../../store/editorStore';
import { EditBanner } from './EditBanner';
import './editor.css';

function isTextInput(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return (
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement && target.type !== 'checkbox')
  );
}

export default function EditorShell() {
  useEffect(() => {
    void useEditorStore.getState().setEditing(true);
    const sync = startDraftSync();
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || isTextInput(e.target)) return;
      const key = e.key.toLowerCase();
      const { undo, redo } = useEditorStore.getState();
      if (key === 'z' && !e.shiftKey) undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') redo();
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      sync.unsubscribe();
      if (useEditorStore.getState().editing) void useEditorStore.getState().setEditing(false);
      window.removeEventListener('keydown', onKey);
    };
  }, []);
  return <EditBanner />;
}
