import { DOCUMENT } from '@angular/common';
import { afterNextRender, ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { applyTheme, storedTheme, type ThemeChoice } from './theme-choice';

const OPTIONS: readonly { readonly value: ThemeChoice; readonly label: string }[] = [
  { value: 'system', label: $localize`System` },
  { value: 'light', label: $localize`Light` },
  { value: 'dark', label: $localize`Dark` },
];

/**
 * The theme switch in the shell: System (the default, following the operating system), Light or Dark,
 * remembered by this browser. It needs JavaScript, so it shows only once `public/theme.js` has marked the
 * page as scripted (before the first paint, so nothing moves); without JavaScript the system setting applies.
 * The server cannot know the stored choice: it renders System and the browser selects the stored one.
 */
@Component({
  selector: 'ab-theme-switch',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<label class="theme">
    <span i18n>Theme</span>
    <select (change)="choose($event)">
      @for (option of options; track option.value) {
        <option [value]="option.value" [selected]="option.value === choice()">{{ option.label }}</option>
      }
    </select>
  </label>`,
  styles: `
    .theme {
      display: none;
      align-items: center;
      gap: var(--ab-space-2);
      font-size: var(--ab-font-size-sm);
      color: var(--ab-color-text-muted);
    }
    :host-context(.ab-js) .theme {
      display: inline-flex;
    }
    select {
      font: inherit;
      color: var(--ab-color-text);
      background: var(--ab-color-surface);
      border: 1px solid var(--ab-color-control-border);
      border-radius: var(--ab-radius-sm);
      padding: var(--ab-space-1) var(--ab-space-2);
      min-height: 2.25rem;
    }
  `,
})
export class ThemeSwitch {
  protected readonly options = OPTIONS;
  protected readonly choice = signal<ThemeChoice>('system');
  private readonly document = inject(DOCUMENT);

  constructor() {
    afterNextRender(() => {
      const storage = this.document.defaultView?.localStorage;
      if (storage) this.choice.set(storedTheme(storage));
    });
  }

  protected choose(event: Event): void {
    const choice = (event.target as HTMLSelectElement).value as ThemeChoice;
    this.choice.set(choice);
    applyTheme(this.document, choice);
  }
}
