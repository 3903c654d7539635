import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  inject,
  input,
} from '@angular/core';
import { FORM_KIT_WORDS } from '../form/field-wording';
import { FormProblems } from '../form/form-problems';
import { FORM_WORDING } from './form-wording';

/**
 * The outcome of the last form post. A refused one: a summary announced at once, saying how many fields need
 * attention and linking each (their messages sit at the fields), or the sentence for the whole form when no
 * field was named; both come from the BFF's render, never from the URL. A success: the sentence for the
 * `notice` code of the redirect. An `error` code from the URL is still worded for the few pages that get one
 * (the sign-in hand-off); the app's `errorText` words both. Always text, never markup.
 */
@Component({
  selector: 'ab-form-message',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (fields().length > 0) {
      <div class="ab-message ab-error" role="alert">
        <p class="ab-summary-title">
          <strong>{{ words.fieldsNeedAttention(fields().length) }}</strong>
        </p>
        <ul class="ab-summary">
          @for (problem of fields(); track problem.name) {
            <li>
              @if (problem.field; as field) {
                <a [href]="'#' + field.id" (click)="focus($event, field.id)"
                  >{{ field.label }}: {{ problem.text }}</a
                >
              } @else {
                {{ problem.text }}
              }
            </li>
          }
        </ul>
      </div>
    } @else if (errorText(); as text) {
      <p class="ab-message ab-error" role="alert">
        @if (wording.errorLead; as lead) {
          <strong>{{ lead }}</strong>
        }
        {{ text }}
      </p>
    } @else if (noticeText(); as text) {
      <p class="ab-message ab-notice" role="status">{{ text }}</p>
    }
  `,
})
export class FormMessage {
  readonly error = input<string | undefined>();
  readonly notice = input<string | undefined>();
  protected readonly wording = inject(FORM_WORDING);
  protected readonly words = FORM_KIT_WORDS;
  private readonly problems = inject(FormProblems);
  private readonly document = inject(DOCUMENT);
  protected readonly fields = this.problems.shown;
  protected readonly errorText = computed(() => {
    const error = this.problems.message() ?? this.error();
    if (!error) return undefined;
    return this.wording.errorText ? this.wording.errorText(error) : error;
  });
  protected readonly noticeText = computed(() => {
    const code = this.notice();
    return code ? this.wording.notices[code] : undefined;
  });

  constructor() {
    // The control was `autofocus` in the server's page; a page reached by client navigation has no such
    // load, and the person may have clicked elsewhere meanwhile, which must not be undone.
    afterNextRender(() => {
      const first = this.fields().find((problem) => problem.field)?.field;
      const active = this.document.activeElement;
      if (first && (!active || active === this.document.body)) {
        this.document.getElementById(first.id)?.focus();
      }
    });
  }

  /** The link's target is the control itself: focusing it shows the field with its label and message. */
  protected focus(event: Event, id: string): void {
    const control = this.document.getElementById(id);
    if (!control) return;
    event.preventDefault();
    control.focus();
  }
}
