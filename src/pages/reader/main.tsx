/**
 * reader.html runs in one of two ways:
 * - overlay: in the page's `[data-quietread-reader]` iframe; the analysis comes from the on-demand
 *   script over a private port, once the background has confirmed its token (page-link.ts);
 * - saved: `reader.html?saved=<id>` as a tab of its own, the item read from the library. Only at the
 *   top level, so no web page can frame a saved item.
 */
import { render } from 'preact';
import { getSaved } from '../../library/get-saved';
import { App, type AppProps, type View } from './app';
import { libraryErrorText } from '../../error-text';
import { translate, uiLanguage } from '../../i18n';
import { isOverlay, linkToPage } from './page-link';
import { docFromAnalysis, docFromSaved } from './reader-doc';
import './reader.css';

function overlayProps(): AppProps {
  // The page may answer before Preact has mounted: keep the last state until `load` is called.
  let show: Parameters<AppProps['load']>[0] | null = null;
  let last: View | null = null;
  const link = linkToPage(
    (data) => {
      last =
        data.kind === 'analysis'
          ? { kind: 'doc', doc: docFromAnalysis(data.analysis) }
          : { kind: 'error', error: data.error, message: data.message };
      show?.(last);
    },
    () => {
      // Framed by someone the background does not vouch for: a notice, never their HTML.
      last = { kind: 'error', message: translate('readerErrorNotVouched') };
      show?.(last);
    },
  );
  return {
    load: (s) => {
      show = s;
      if (last) s(last);
    },
    close: () => link.close(),
    closeLabel: translate('readerClose'),
    painted: () => link.painted(),
  };
}

function savedProps(id: string): AppProps {
  return {
    load: (show) => {
      getSaved(id).then((r) =>
        show(r.ok ? { kind: 'doc', doc: docFromSaved(r.value) } : { kind: 'error', message: libraryErrorText(r) }),
      );
    },
    close: () => (history.length > 1 ? history.back() : window.close()),
    closeLabel: translate('readerBack'),
  };
}

function noneProps(): AppProps {
  return {
    load: (show) => show({ kind: 'error', message: translate('readerErrorNothing') }),
    close: () => window.close(),
    closeLabel: translate('readerClose'),
  };
}

function props(): AppProps {
  if (isOverlay()) return overlayProps();
  const saved = new URLSearchParams(location.search).get('saved');
  if (saved && window.top === window) return savedProps(saved);
  return noneProps();
}

document.documentElement.dataset.mode = isOverlay() ? 'overlay' : 'page';
document.documentElement.lang = uiLanguage();
document.title = translate('readerPageTitle');
render(<App {...props()} />, document.getElementById('app')!);
