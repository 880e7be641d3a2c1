import { render } from 'preact';
import { App } from './app';
import { t, uiLanguage } from './i18n';
import './popup.css';

document.documentElement.lang = uiLanguage();
document.title = t('extName');

// Rendered synchronously on load: the first frame is already the skeleton (painted well within 100 ms).
render(<App />, document.getElementById('app')!);
