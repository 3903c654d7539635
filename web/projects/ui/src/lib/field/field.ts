import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { FormProblems } from '../form/form-problems';

/**
 * One form field: its label, the control (projected, marked `abControl`), a hint, and what is wrong with it
 * after a refused post or the browser's check (see `FormProblems`). The control gets its id, `aria-invalid`
 * and an `aria-describedby` naming hint and problem from here (see `FieldControl`), so label, control, hint
 * and message always agree.
 */
@Component({
  selector: 'ab-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'ab-field', '[class.ab-invalid]': '!!problem()' },
  template: `
    <label [for]="for()"
      >{{ label() }}
      @if (optional()) {
        <span class="ab-hint" i18n>(optional)</span>
      }
    </label>
    <ng-content />
    @if (hint(); as text) {
      <p class="ab-hint" [id]="hintId()">{{ text }}</p>
    }
    @if (problem(); as shown) {
      <p class="ab-field-error" [id]="errorId()">{{ shown.text }}</p>
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
  private readonly problems = inject(FormProblems);
  private readonly destroyRef = inject(DestroyRef);
  readonly hintId = computed(() => (this.hint() ? `${this.for()}-hint` : null));
  readonly errorId = computed(() => `${this.for()}-error`);
  /** The control's `name`, which the problems name (see `FieldControl`); its id until it says. */
  private readonly controlName = signal<string | undefined>(undefined);
  private readonly key = computed(() => this.controlName() ?? this.for());
  readonly problem = computed(() => this.problems.problemOf(this.key()));
  /** The first wrong field of the form, which takes the focus. */
  readonly first = computed(() => this.problems.first() === this.key());
  readonly describedBy = computed(
    () => [this.hintId(), this.problem() ? this.errorId() : null].filter(Boolean).join(' ') || null,
  );

  /**
   * Called by the control once its name is known, in the order of the page, so the summary lists the
   * fields as the form does and links each to its control.
   */
  attach(controlName: string | undefined): void {
    this.controlName.set(controlName);
    this.destroyRef.onDestroy(
      this.problems.register({ name: this.key(), id: this.for(), label: this.label() }),
    );
  }
}
