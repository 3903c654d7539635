import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/**
 * One form field: its label, the control (projected, marked `abControl`), and a hint that the control
 * names as its description, so screen readers read the hint with the field. The control gets its id
 * and `aria-describedby` from here (see `FieldControl`), so label, control and hint always agree.
 */
@Component({
  selector: 'ab-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'ab-field' },
  template: `
    <label [for]="for()"
      >{{ label() }}
      @if (optional()) {
        <span class="ab-hint">(optional)</span>
      }
    </label>
    <ng-content />
    @if (hint(); as text) {
      <p class="ab-hint" [id]="hintId()">{{ text }}</p>
    }
  `,
})
export class Field {
  /** The control's id, which the label points at. */
  readonly for = input.required<string>();
  readonly label = input.required<string>();
  readonly hint = input<string>();
  /** Says "(optional)" beside the label, for the fields a form can be sent without. */
  readonly optional = input(false);
  readonly hintId = computed(() => (this.hint() ? `${this.for()}-hint` : null));
}
