/** What scripts/bench-sync.mjs loads through Vite's SSR loader: the real sync, library and test server. */
import 'fake-indexeddb/auto';
export { openLibrary } from '../../src/library/store';
export { openBaseStore } from '../../src/sync/base-store';
export { syncNow } from '../../src/sync/engine';
export { libraryLocal } from '../../src/sync/library-local';
export { startWebdavServer, hasApache } from '../../test/helpers/webdav-server';
