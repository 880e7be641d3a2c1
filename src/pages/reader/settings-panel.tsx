/** Typography controls: theme, font, text size, line width, line spacing. Each change applies and persists at once. */
import { translate, uiLanguage } from '../../i18n';
import {
  READER_LIMITS,
  stepReaderSetting,
  type ReaderFont,
  type ReaderSettings,
  type ReaderTheme,
} from '../../reader-settings';

interface Props {
  settings: ReaderSettings;
  onChange: (next: ReaderSettings) => void;
}

// Labels are message keys, looked up as the panel renders.
const THEMES: { value: ReaderTheme; label: string }[] = [
  { value: 'system', label: 'readerThemeSystem' },
  { value: 'light', label: 'readerThemeLight' },
  { value: 'sepia', label: 'readerThemeSepia' },
  { value: 'dark', label: 'readerThemeDark' },
];
const FONTS: { value: ReaderFont; label: string }[] = [
  { value: 'serif', label: 'readerFontSerif' },
  { value: 'sans', label: 'readerFontSans' },
];

function Choice<T extends string>({
  name,
  options,
  value,
  onPick,
}: {
  name: string;
  options: { value: T; label: string }[];
  value: T;
  onPick: (v: T) => void;
}) {
  return (
    <div class="qr-setting" role="group" aria-label={name}>
      <span class="qr-setting-name" aria-hidden="true">
        {name}
      </span>
      <div class="qr-segmented">
        {options.map((o) => (
          <button
            type="button"
            key={o.value}
            data-value={o.value}
            aria-pressed={value === o.value}
            onClick={() => onPick(o.value)}
          >
            {translate(o.label)}
          </button>
        ))}
      </div>
    </div>
  );
}

type NumberKey = keyof typeof READER_LIMITS;

function Stepper({
  name,
  k,
  shown,
  less,
  more,
  settings,
  onChange,
}: { name: string; k: NumberKey; shown: string; less: string; more: string } & Props) {
  const { min, max } = READER_LIMITS[k];
  return (
    <div class="qr-setting" role="group" aria-label={name}>
      <span class="qr-setting-name" aria-hidden="true">
        {name}
      </span>
      <div class="qr-stepper">
        <button
          type="button"
          aria-label={less}
          disabled={settings[k] <= min}
          onClick={() => onChange(stepReaderSetting(settings, k, -1))}
        >
          −
        </button>
        <output data-testid={`reader-${k}`}>{shown}</output>
        <button
          type="button"
          aria-label={more}
          disabled={settings[k] >= max}
          onClick={() => onChange(stepReaderSetting(settings, k, 1))}
        >
          +
        </button>
      </div>
    </div>
  );
}

/** The settings panel (shown under the toolbar's "Aa" button). */
export function SettingsPanel({ settings, onChange }: Props) {
  const p = { settings, onChange };
  return (
    <section
      id="qr-settings"
      class="qr-settings"
      aria-label={translate('readerSettings')}
      data-testid="reader-settings"
    >
      <Choice
        name={translate('readerTheme')}
        options={THEMES}
        value={settings.theme}
        onPick={(theme) => onChange({ ...settings, theme })}
      />
      <Choice
        name={translate('readerFont')}
        options={FONTS}
        value={settings.font}
        onPick={(font) => onChange({ ...settings, font })}
      />
      <Stepper
        name={translate('readerTextSize')}
        k="fontSize"
        shown={`${settings.fontSize}px`}
        less={translate('readerSmaller')}
        more={translate('readerLarger')}
        {...p}
      />
      <Stepper
        name={translate('readerLineWidth')}
        k="lineWidth"
        shown={`${settings.lineWidth} ch`}
        less={translate('readerNarrower')}
        more={translate('readerWider')}
        {...p}
      />
      <Stepper
        name={translate('readerLineSpacing')}
        k="lineHeight"
        shown={settings.lineHeight.toLocaleString(uiLanguage(), { minimumFractionDigits: 1, maximumFractionDigits: 1 })}
        less={translate('readerTighter')}
        more={translate('readerLooser')}
        {...p}
      />
      <p class="qr-hint">{translate('readerKeysHint')}</p>
    </section>
  );
}
