import { t } from '../i18n';

interface Props {
  checked: boolean;
  disabled: boolean;
  onChange(enabled: boolean): void;
}

/** "Clean up this site": a real switch (role="switch"), toggled by click, Space or Enter. */
export function SiteSwitch({ checked, disabled, onChange }: Props) {
  return (
    <div class="qr-switch-row">
      <span class="qr-switch-label" id="qr-site-toggle-label">
        {t('popupSiteToggle')}
      </span>
      <button
        type="button"
        role="switch"
        class="qr-switch"
        aria-checked={checked}
        aria-labelledby="qr-site-toggle-label"
        data-testid="site-toggle"
        disabled={disabled}
        onClick={() => onChange(!checked)}
      >
        <span class="qr-switch-knob" aria-hidden="true" />
      </button>
    </div>
  );
}
