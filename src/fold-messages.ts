/**
 * The messages the fold code (fold.js) shows on a page: its stubs' buttons and the block labels.
 * The background sends them in the user's language with the settings (i18n.ts `messagesAhead`),
 * so the page never pays the first `getMessage` (test/unit/cleanup/fold-messages.test.ts keeps
 * this list complete).
 */
import { BLOCK_MESSAGE_KEYS } from './core/boilerplate-label';

export const FOLD_MESSAGE_KEYS: readonly string[] = [...BLOCK_MESSAGE_KEYS, 'stubReader', 'stubFoldAway', 'stubShow'];
