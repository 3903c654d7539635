import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  signal,
  type OnInit,
} from '@angular/core';
import { FormProblems } from '@astrobookings/ui';
import type { PasswordPolicy } from '../password/password-policy';

/**
 * A new-password field with the Auth API's rules listed under it. Without JavaScript the list is a plain
 * hint; with it, each rule is ticked as it is met.
 */
@Component({
  selector: 'ab-password-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="ab-field" [class.ab-invalid]="!!problem()">
      <label [for]="id()">{{ label() }}</label>
      <input
        [id]="id()"
        [name]="name()"
        type="password"
        autocomplete="new-password"
        required
        [attr.minlength]="policy()?.minLength ?? null"
        [attr.aria-describedby]="problem() ? id() + '-rules ' + id() + '-error' : id() + '-rules'"
        [attr.aria-invalid]="problem() ? 'true' : null"
        (input)="value.set($any($event.target).value)"
      />
      <ul class="rules" [id]="id() + '-rules'">
        @for (rule of rules(); track rule.text) {
          <li [class.met]="rule.met">
            <span aria-hidden="true">{{ rule.met ? '✓' : '•' }}</span> {{ rule.text }}
          </li>
        }
      </ul>
      @if (problem(); as shown) {
        <p class="ab-field-error" [id]="id() + '-error'">{{ shown.text }}</p>
      }
    </div>
  `,
})
export class PasswordField implements OnInit {
  readonly id = input('password');
  readonly name = input('password');
  readonly label = input($localize`Password`);
  readonly policy = input<PasswordPolicy | undefined>();
  protected readonly value = signal('');
  private readonly problems = inject(FormProblems);
  private readonly destroyRef = inject(DestroyRef);
  /** What the Auth API refused about the password; the password itself is never sent back. */
  protected readonly problem = computed(() => this.problems.problemOf(this.name()));

  ngOnInit(): void {
    this.destroyRef.onDestroy(
      this.problems.register({ name: this.name(), id: this.id(), label: this.label() }),
    );
  }
  protected readonly rules = computed(() => {
    const policy = this.policy() ?? { minLength: 12, requiresMixedCase: true, requiresDigit: true };
    const value = this.value();
    return [
      {
        text: $localize`At least ${policy.minLength}:count: characters`,
        met: value.length >= policy.minLength,
      },
      ...(policy.requiresMixedCase
        ? [
            {
              text: $localize`Upper-case and lower-case letters`,
              met: /[a-z]/.test(value) && /[A-Z]/.test(value),
            },
          ]
        : []),
      ...(policy.requiresDigit ? [{ text: $localize`At least one digit`, met: /\d/.test(value) }] : []),
    ];
  });
}
