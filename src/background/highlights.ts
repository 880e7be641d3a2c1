/**
 * The reader's way to the library's highlights: it reads the saved copy of its page (text and
 * highlights) and writes the highlights back. Only our extension pages may ask (the reader frame,
 * the reader tab): the page under the overlay never can.
 */
import browser from 'webextension-polyfill';
import { isOurMessage, type HighlightsReply, type Message, type SetHighlightsReply } from '../messages';
import { libraryErrorText } from '../error-text';
import { canonicalKey } from '../library/from-analysis';
import { isExtensionPage } from './reader-handshake';
import { lib } from './library';

type HighlightMessage = Extract<
  Message,
  { type: 'reader-to-background:get-highlights' | 'reader-to-background:set-highlights' }
>;

async function getHighlights(url: string, canonicalUrl: string | null): Promise<HighlightsReply> {
  const found = await (await lib()).findByUrl(canonicalKey(url, canonicalUrl));
  if (!found.ok || !found.value) return { saved: false };
  const { id, textHash, textContent, highlights = [] } = found.value;
  return { saved: true, id, textHash, textContent, highlights };
}

async function setHighlights(id: string, highlights: unknown): Promise<SetHighlightsReply> {
  const r = await (await lib()).setHighlights(id, highlights as never);
  return r.ok ? { ok: true, highlights: r.value.highlights ?? [] } : { ok: false, message: libraryErrorText(r) };
}

function handle(msg: HighlightMessage): Promise<HighlightsReply | SetHighlightsReply> {
  switch (msg.type) {
    case 'reader-to-background:get-highlights':
      return getHighlights(String(msg.url), typeof msg.canonicalUrl === 'string' ? msg.canonicalUrl : null).catch(
        (err: unknown): HighlightsReply => {
          console.warn('Quietread: reading the highlights failed', err);
          return { saved: false };
        },
      );
    case 'reader-to-background:set-highlights':
      return setHighlights(String(msg.id), msg.highlights).catch((err: unknown): SetHighlightsReply => ({
        ok: false,
        message: String(err),
      }));
    default: {
      const never: never = msg;
      throw new Error(`unhandled message ${JSON.stringify(never)}`);
    }
  }
}

browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isOurMessage<HighlightMessage>(msg, 'reader-to-background:') || !/highlights$/.test(msg.type)) return undefined;
  if (!isExtensionPage(sender, browser.runtime.id))
    return Promise.resolve(
      msg.type.endsWith('get-highlights')
        ? { saved: false }
        : { ok: false, message: 'Only Quietread itself can change its library.' },
    );
  return handle(msg);
});
