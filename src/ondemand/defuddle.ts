/**
 * defuddle.js: Defuddle, the analysis's second extraction method, as a file of its own. The
 * on-demand script asks the background to inject it once the reader has painted (defuddle-loader.ts):
 * 300 KB that the first paint no longer waits for. It only leaves the class where that script finds it.
 */
import Defuddle from 'defuddle';
import { DEFUDDLE_GLOBAL } from '../gate-link';

(window as unknown as Record<string, unknown>)[DEFUDDLE_GLOBAL] = Defuddle;
