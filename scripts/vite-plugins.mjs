// Vite plugins shared by the extension build.

/**
 * Removes Preact's `dangerouslySetInnerHTML` path (the only `innerHTML = <dynamic>` in our bundles).
 * We never use it: extracted HTML is sanitized with DOMPurify and inserted as DOM nodes. Taking the
 * path out keeps `web-ext lint` at 0 warnings for a real reason (no raw-HTML sink ships), and any
 * accidental use fails loudly. A Preact upgrade that changes the code fails the build, so it is noticed.
 */
export function noPreactRawHtml() {
  const sink = /\((\w+)\.innerHTML=(\w+)\.__html\)/;
  return {
    name: 'quietread-no-preact-raw-html',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.module\.js$/.test(id)) return null;
      if (!sink.test(code)) this.error('Preact changed: the dangerouslySetInnerHTML sink was not found; update scripts/vite-plugins.mjs.');
      return { code: code.replace(sink, '(()=>{throw new Error("Quietread: dangerouslySetInnerHTML is disabled; insert sanitized nodes instead")})()'), map: null };
    },
  };
}
