/**
 * The stubs' shadow roots are closed: the page (and so `page.evaluate`) sees `host.shadowRoot` as
 * null. A browser driver may still look in, as devtools does: Chromium's DevTools protocol lists
 * closed roots (`DOM.getDocument` with `pierce`), and WebDriver BiDi serialises them
 * (`includeShadowTree: 'all'`). `inStubRoots` hands the roots of every stub host, in document
 * order, to a function run in the page; it returns what that function returns (JSON-serialisable).
 */
import type { Page } from 'puppeteer-core';
import type { Driver } from './browsers';

type CdpNode = {
  nodeName: string;
  backendNodeId: number;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
};

function cdpStubRoots(node: CdpNode, out: number[]): number[] {
  const attrs = node.attributes ?? [];
  for (let i = 0; i < attrs.length; i += 2)
    if (attrs[i] === 'data-quietread-stub' && node.shadowRoots?.[0]) out.push(node.shadowRoots[0].backendNodeId);
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) cdpStubRoots(child, out);
  return out;
}

async function inChromium<T>(page: Page, source: string): Promise<T> {
  const cdp = await page.createCDPSession();
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: CdpNode };
    const ids = cdpStubRoots(root, []);
    const objects = await Promise.all(
      ids.map(async (backendNodeId) => (await cdp.send('DOM.resolveNode', { backendNodeId })).object.objectId!),
    );
    const { result: doc } = await cdp.send('Runtime.evaluate', { expression: 'document' });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: doc.objectId!,
      functionDeclaration: `function (...roots) { return JSON.stringify((${source})(...roots)); }`,
      arguments: objects.map((objectId) => ({ objectId })),
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails)
      throw new Error(`inStubRoots: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return JSON.parse(result.value as string) as T;
  } finally {
    await cdp.detach();
  }
}

type BidiValue = { type: string; value?: any; sharedId?: string };
type Bidi = { send(method: string, params: object): Promise<{ result: any }> };

async function inFirefox<T>(driver: Driver, page: Page, source: string): Promise<T> {
  // puppeteer drives Firefox over WebDriver BiDi; its connection and the frame's browsing context id.
  const bidi = (driver.browser as unknown as { connection: Bidi }).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  const hosts = await bidi.send('script.callFunction', {
    functionDeclaration: '() => Array.from(document.querySelectorAll("[data-quietread-stub]"))',
    target: { context },
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
  });
  const list = (hosts.result.result as BidiValue).value as BidiValue[];
  const roots = list.map((h) => h.value?.shadowRoot as BidiValue | null).filter((r): r is BidiValue => !!r?.sharedId);
  const res = await bidi.send('script.callFunction', {
    functionDeclaration: `(...roots) => JSON.stringify((${source})(...roots))`,
    target: { context },
    awaitPromise: true,
    arguments: roots.map((r) => ({ sharedId: r.sharedId })),
  });
  if (res.result.type === 'exception') throw new Error(`inStubRoots: ${res.result.exceptionDetails?.text}`);
  return JSON.parse(res.result.result.value as string) as T;
}

/** Runs `fn` in the page with the closed shadow roots of all stub hosts (document order). */
export function inStubRoots<T>(driver: Driver, page: Page, fn: (...roots: ShadowRoot[]) => T): Promise<T> {
  const source = fn.toString();
  return driver.name === 'chromium' ? inChromium<T>(page, source) : inFirefox<T>(driver, page, source);
}

/** The text of each stub's main button ("3 comments · Show"), in document order. */
export function stubLabels(driver: Driver, page: Page): Promise<string[]> {
  return inStubRoots(driver, page, (...roots) => roots.map((r) => r.querySelector('button')?.textContent ?? ''));
}

/** All text of each stub (both buttons), in document order. */
export function stubTexts(driver: Driver, page: Page): Promise<string[]> {
  return inStubRoots(driver, page, (...roots) => roots.map((r) => r.textContent ?? ''));
}
