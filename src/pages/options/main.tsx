import { render } from 'preact';
import { translate, uiLanguage } from '../../i18n';
import { OptionsApp } from './options-app';

document.documentElement.lang = uiLanguage();
document.title = translate('optionsTitle');

render(<OptionsApp />, document.getElementById('app')!);
