/** "Deleted … Undo": shown after a delete; focus moves to Undo so the keyboard can take it back. */
import { useEffect, useRef } from 'preact/hooks';
import { translate } from '../../../i18n';

export interface UndoBarProps {
  title: string;
  count: number;
  onUndo(): void;
  onDismiss(): void;
}

/** The undo bar at the bottom of the page. */
export function UndoBar({ title, count, onUndo, onDismiss }: UndoBarProps) {
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => undo.current?.focus(), [title, count]);
  return (
    <div class="undo-bar" role="status" data-testid="undo-bar">
      <span>
        {count > 1 ? translate('libraryDeletedMore', [title, count - 1]) : translate('libraryDeleted', [title])}
      </span>
      <button type="button" class="button primary" ref={undo} onClick={onUndo} data-testid="undo">
        {translate('libraryUndo')}
      </button>
      <button type="button" class="button" onClick={onDismiss} aria-label={translate('libraryDismiss')}>
        {translate('libraryDone')}
      </button>
    </div>
  );
}
