/** Inline tag editing for one item: comma-separated, Enter saves, Escape cancels. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { translate } from '../../../i18n';
import { parseTagInput } from '../../../library/tags';

export interface TagEditorProps {
  id: string;
  tags: string[];
  onSave(tags: string[]): void;
  onCancel(): void;
}

/** The open tag editor of a row. */
export function TagEditor({ id, tags, onSave, onCancel }: TagEditorProps) {
  const [text, setText] = useState(tags.join(', '));
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const inputId = `tags-${id}`;
  return (
    <form
      class="tag-editor"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(parseTagInput(text));
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <label for={inputId}>{translate('libraryTagsInput')}</label>
      <div class="tag-editor-row">
        <input
          id={inputId}
          ref={input}
          type="text"
          autocomplete="off"
          spellcheck={false}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          data-testid="tag-input"
        />
        <button type="submit" class="button primary" data-testid="save-tags">
          {translate('librarySaveTags')}
        </button>
        <button type="button" class="button" onClick={onCancel}>
          {translate('libraryCancel')}
        </button>
      </div>
    </form>
  );
}
