import { Directive, inject, input, type OnInit } from '@angular/core';
import { Field } from './field';

/**
 * Marks the control inside an `ab-field`: it takes the field's id, tells the field its name, is described by its hint and its problem,
 * and is `aria-invalid` while it has one. The first wrong field is `autofocus`, so the browser moves there
 * when the refused form loads, with or without JavaScript.
 */
@Directive({
  selector: 'input[abControl], select[abControl], textarea[abControl]',
  host: {
    '[id]': 'field.for()',
    '[attr.name]': 'name()',
    '[attr.aria-describedby]': 'field.describedBy()',
    '[attr.aria-invalid]': "field.problem() ? 'true' : null",
    '[attr.autofocus]': "field.first() ? '' : null",
  },
})
export class FieldControl implements OnInit {
  protected readonly field = inject(Field);
  /** The control's name, as posted and as the API's problems name it (`name="…"` or `[name]`). */
  readonly name = input<string>();

  ngOnInit(): void {
    this.field.attach(this.name());
  }
}
