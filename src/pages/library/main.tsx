import { render } from 'preact';
import { translate, uiLanguage } from '../../i18n';
import { App } from './app';

document.documentElement.lang = uiLanguage();
document.title = translate('libraryPageTitle');

render(<App />, document.getElementById('app')!);
