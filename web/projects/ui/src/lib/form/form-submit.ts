import { afterNextRender, Directive, DOCUMENT, ElementRef, inject, Injector, signal } from '@angular/core';
import { FORM_KIT_WORDS } from './field-wording';
import type { FieldProblem } from './form-feedback';
import { FormProblems } from './form-problems';
import { validityCode } from './validity-code';

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function isControl(element: Element): element is Control {
  return (
    element instanceof HTMLInputElement ||
    element instanceof HTMLSelectElement ||
    element instanceof HTMLTextAreaElement
  );
}

/**
 * A form of the kit. Without JavaScript it is a plain HTML post that the browser checks itself, and the
 * server's refusal comes back at the fields. Once the page runs, the form takes over the check: on submit it
 * runs the browser's constraint validation (the same constraints as the API) and shows the problems where
 * the server's would be, focus on the first, sending nothing; a valid form is posted natively, its submit
 * button shows that it is being sent, and a second submit (double click, Enter again) is ignored.
 */
@Directive({
  selector: 'form[abForm]',
  host: {
    '[attr.novalidate]': "checking() ? '' : null",
    '[attr.aria-busy]': "sending() ? 'true' : null",
    '(submit)': 'submit($event)',
    '(window:pageshow)': 'restored($event)',
  },
})
export class FormSubmit {
  private readonly form = inject<ElementRef<HTMLFormElement>>(ElementRef).nativeElement;
  private readonly problems = inject(FormProblems);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  /** True once the page runs: the browser's own bubbles give way to the kit's messages. */
  protected readonly checking = signal(false);
  protected readonly sending = signal(false);
  private pendingButton: { button: HTMLElement; label: HTMLElement } | undefined;

  constructor() {
    afterNextRender(() => this.checking.set(true));
  }

  protected submit(event: SubmitEvent): void {
    if (this.sending()) {
      event.preventDefault();
      return;
    }
    const found: FieldProblem[] = [...this.form.elements]
      .filter(isControl)
      .filter((control) => control.name && control.willValidate && !control.validity.valid)
      .map((control) => ({
        field: control.name,
        code: validityCode(control),
        message: control.validationMessage,
      }));
    this.problems.showChecked(found);
    if (found.length > 0) {
      event.preventDefault();
      afterNextRender(() => this.focusFirst(), { injector: this.injector });
      return;
    }
    this.markSending(event.submitter);
  }

  /** A page brought back from the browser's back-forward cache is a form to fill again, not one being sent. */
  protected restored(event: PageTransitionEvent): void {
    if (!event.persisted || !this.pendingButton) return;
    this.pendingButton.button.removeAttribute('aria-disabled');
    this.pendingButton.button.classList.remove('ab-pending');
    this.pendingButton.label.remove();
    this.pendingButton = undefined;
    this.sending.set(false);
  }

  private markSending(submitter: HTMLElement | null): void {
    this.sending.set(true);
    const button = submitter ?? this.form.querySelector<HTMLElement>('[type="submit"], button:not([type])');
    if (!button) return;
    // aria-disabled rather than disabled: a disabled submitter would drop its own name and value from the post.
    button.setAttribute('aria-disabled', 'true');
    button.classList.add('ab-pending');
    const label = this.document.createElement('span');
    label.className = 'ab-pending-label';
    label.setAttribute('role', 'status');
    // The space keeps the button's name two words ("Save Sending…"), not one, for screen readers.
    label.textContent = ` ${FORM_KIT_WORDS.sending}`;
    button.append(label);
    this.pendingButton = { button, label };
  }

  private focusFirst(): void {
    const first = this.problems.shown().find((problem) => problem.field)?.field;
    const control = first
      ? this.document.getElementById(first.id)
      : this.form.querySelector<HTMLElement>('[aria-invalid="true"], :invalid');
    control?.focus();
  }
}
