import TurndownService from 'turndown';
import { pageDay } from './page-date';
import type { Analysis } from './types';

let service: TurndownService | undefined;

function turndown(): TurndownService {
  if (!service) {
    service = new TurndownService({
      headingStyle: 'atx',
      codeBlockStyle: 'fenced',
      bulletListMarker: '-',
      emDelimiter: '*',
    });
    // Keep figure captions as their own italic line under the image.
    service.addRule('figcaption', {
      filter: 'figcaption',
      replacement: (content) => (content.trim() ? `\n\n*${content.trim()}*\n\n` : ''),
    });
    // Text that looks like HTML must stay text: Markdown passes raw HTML through, so `<` and `&`
    // in text are written as entities (Turndown escapes Markdown syntax, not HTML).
    const escapeMarkdown = service.escape.bind(service);
    service.escape = (text: string) => escapeLiquid(escapeHtmlText(escapeMarkdown(text)));
    // Turndown writes alt and title raw: they could carry HTML into the .md, or end the link early.
    service.addRule('image', {
      filter: 'img',
      replacement: (_content, node) => {
        const img = node as HTMLImageElement;
        const src = img.getAttribute('src') ?? '';
        return src ? `![${attrText(img.getAttribute('alt'), true)}](${src}${titlePart(img)})` : '';
      },
    });
    service.addRule('link', {
      filter: (node) => node.nodeName === 'A' && !!node.getAttribute('href'),
      replacement: (content, node) =>
        `[${content}](${(node as Element).getAttribute('href')!.replace(/[()\s]/g, encodeURIComponent)}${titlePart(node as Element)})`,
    });
  }
  return service;
}

function escapeHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `{{` and `{%` open Liquid tags (Jekyll, Eleventy): the second brace or percent sign becomes an entity. */
function escapeLiquid(text: string): string {
  return text
    .replace(/\{(?=[{%])/g, '&#123;')
    .replace(/%(?=\})/g, '&#37;')
    .replace(/\}(?=\})/g, '&#125;');
}

/** An alt or title attribute as Markdown text: one line, no HTML, no brackets or quotes that end it. */
function attrText(value: string | null, inBrackets: boolean): string {
  const text = escapeLiquid(escapeHtmlText((value ?? '').replace(/\s+/g, ' ').trim()).replace(/\\/g, '\\\\'));
  return inBrackets ? text.replace(/[[\]]/g, '\\$&') : text.replace(/"/g, '&quot;');
}

function titlePart(el: Element): string {
  const title = el.getAttribute('title');
  return title && title.trim() ? ` "${attrText(title, false)}"` : '';
}

/** A line of plain text (title, byline) made safe for Markdown: no HTML, no leading syntax. */
function inlineText(text: string): string {
  return turndown().escape(text.replace(/\s+/g, ' ').trim());
}

/** The analysis as a Markdown document: title, byline and source, then the article. */
export function toMarkdown(
  analysis: Pick<Analysis, 'title' | 'byline' | 'siteName' | 'publishedTime' | 'url' | 'canonicalUrl' | 'contentHtml'>,
): string {
  const by = [analysis.byline, analysis.siteName, pageDay(analysis.publishedTime)].filter(Boolean).join(' · ');
  const source = analysis.canonicalUrl ?? analysis.url;
  const link = source && /^https?:\/\/[^\s<>]+$/i.test(source) ? `<${source}>` : '';
  const head = [`# ${inlineText(analysis.title || 'Untitled')}`, by ? `*${inlineText(by)}*` : '', link]
    .filter(Boolean)
    .join('\n\n');
  return `${head}\n\n${turndown()
    .turndown(analysis.contentHtml || '')
    .trim()}\n`;
}
