import TurndownService from 'turndown';
import type { Analysis } from './types';

let service: TurndownService | undefined;

function turndown(): TurndownService {
  if (!service) {
    service = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced', bulletListMarker: '-', emDelimiter: '*' });
    // Keep figure captions as their own italic line under the image.
    service.addRule('figcaption', {
      filter: 'figcaption',
      replacement: (content) => (content.trim() ? `\n\n*${content.trim()}*\n\n` : ''),
    });
  }
  return service;
}

/** The analysis as a Markdown document: title, byline and source, then the article. */
export function toMarkdown(analysis: Pick<Analysis, 'title' | 'byline' | 'siteName' | 'publishedTime' | 'url' | 'canonicalUrl' | 'contentHtml'>): string {
  const by = [analysis.byline, analysis.siteName, analysis.publishedTime?.slice(0, 10)].filter(Boolean).join(' · ');
  const source = analysis.canonicalUrl ?? analysis.url;
  const head = [`# ${analysis.title || 'Untitled'}`, by ? `*${by}*` : '', source ? `<${source}>` : ''].filter(Boolean).join('\n\n');
  return `${head}\n\n${turndown().turndown(analysis.contentHtml || '').trim()}\n`;
}
