import { Directive, inject } from '@angular/core';
import { Field } from './field';

/** Marks the control inside an `ab-field`: it takes the field's id and is described by its hint. */
@Directive({
  selector: 'input[abControl], select[abControl], textarea[abControl]',
  host: { '[id]': 'field.for()', '[attr.aria-describedby]': 'field.hintId()' },
})
export class FieldControl {
  protected readonly field = inject(Field);
}
