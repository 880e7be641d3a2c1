// The part of jsdom's API the CLI uses (jsdom ships no types; @types/jsdom is not a dependency).
declare module 'jsdom' {
  export class VirtualConsole {
    constructor();
  }
  export class JSDOM {
    constructor(html?: string, options?: { url?: string; virtualConsole?: VirtualConsole; contentType?: string });
    readonly window: Window & typeof globalThis;
  }
}
