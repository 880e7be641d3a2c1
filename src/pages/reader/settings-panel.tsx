/** Typography controls: theme, font, text size, line width, line spacing. Each change applies and persists at once. */
import { READER_LIMITS, stepReaderSetting, type ReaderFont, type ReaderSettings, type ReaderTheme } from '../../reader-settings';

interface Props {
  settings: ReaderSettings;
  onChange: (next: ReaderSettings) => void;
}

const THEMES: { value: ReaderTheme; label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'sepia', label: 'Sepia' },
  { value: 'dark', label: 'Dark' },
];
const FONTS: { value: ReaderFont; label: string }[] = [
  { value: 'serif', label: 'Serif' },
  { value: 'sans', label: 'Sans' },
];

function Choice<T extends string>({ name, options, value, onPick }: { name: string; options: { value: T; label: string }[]; value: T; onPick: (v: T) => void }) {
  return (
    <div class="qr-setting" role="group" aria-label={name}>
      <span class="qr-setting-name" aria-hidden="true">
        {name}
      </span>
      <div class="qr-segmented">
        {options.map((o) => (
          <button type="button" key={o.value} data-value={o.value} aria-pressed={value === o.value} onClick={() => onPick(o.value)}>
            {o.label}
          </button>
        ))}
      </div>
    </div>
  );
}

type NumberKey = keyof typeof READER_LIMITS;

function Stepper({ name, k, shown, less, more, settings, onChange }: { name: string; k: NumberKey; shown: string; less: string; more: string } & Props) {
  const { min, max } = READER_LIMITS[k];
  return (
    <div class="qr-setting" role="group" aria-label={name}>
      <span class="qr-setting-name" aria-hidden="true">
        {name}
      </span>
      <div class="qr-stepper">
        <button type="button" aria-label={less} disabled={settings[k] <= min} onClick={() => onChange(stepReaderSetting(settings, k, -1))}>
          −
        </button>
        <output data-testid={`reader-${k}`}>{shown}</output>
        <button type="button" aria-label={more} disabled={settings[k] >= max} onClick={() => onChange(stepReaderSetting(settings, k, 1))}>
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
    <section id="qr-settings" class="qr-settings" aria-label="Reading settings" data-testid="reader-settings">
      <Choice name="Theme" options={THEMES} value={settings.theme} onPick={(theme) => onChange({ ...settings, theme })} />
      <Choice name="Font" options={FONTS} value={settings.font} onPick={(font) => onChange({ ...settings, font })} />
      <Stepper name="Text size" k="fontSize" shown={`${settings.fontSize}px`} less="Smaller text (−)" more="Larger text (+)" {...p} />
      <Stepper name="Line width" k="lineWidth" shown={`${settings.lineWidth} ch`} less="Narrower lines" more="Wider lines" {...p} />
      <Stepper name="Line spacing" k="lineHeight" shown={settings.lineHeight.toFixed(1)} less="Tighter lines" more="Looser lines" {...p} />
      <p class="qr-hint">Keys: + and − change the size, 0 resets it, Esc closes.</p>
    </section>
  );
}
