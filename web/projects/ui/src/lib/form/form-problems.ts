import { computed, inject, Injectable, signal } from '@angular/core';
import { NavigationStart, Router } from '@angular/router';
import { FORM_WORDING } from '../form-message/form-wording';
import { PageSession } from '../session/page-session';
import { fieldText } from './field-text';
import type { FieldProblem } from './form-feedback';

/** A field of the page's form, as `ab-field` registers it: the control's name, id and label. */
export interface FormFieldEntry {
  readonly name: string;
  readonly id: string;
  readonly label: string;
}

/** A problem as the page shows it: in the app's words, and where the field is (when it is on the page). */
export interface ShownProblem {
  readonly name: string;
  readonly text: string;
  readonly field?: FormFieldEntry;
}

/**
 * The problems of the page's form and the values to show again: first the server's (a refused post, from
 * the BFF through the page context), then, once the person submits with JavaScript, the browser's own check
 * of the same constraints. `ab-field`, its control and `ab-form-message` all read them here, so a field's
 * message, its `aria-invalid`, the summary and the focus always agree. Leaving the page forgets them.
 */
@Injectable({ providedIn: 'root' })
export class FormProblems {
  private readonly wording = inject(FORM_WORDING);
  private readonly submitted = signal(inject(PageSession).context.form ?? null);
  private readonly checked = signal<readonly FieldProblem[] | null>(null);
  private readonly entries = signal<readonly FormFieldEntry[]>([]);

  /** The problems shown now, in the order of the fields on the page. */
  readonly shown = computed<readonly ShownProblem[]>(() => {
    const problems = this.checked() ?? this.submitted()?.fields ?? [];
    const entries = this.entries();
    // One message per field: the first constraint it fails, as the browser reports it too.
    const firstPerField = problems.filter(
      (problem, index) => problems.findIndex((other) => other.field === problem.field) === index,
    );
    const shown = firstPerField.map((problem) => ({
      name: problem.field,
      text: this.textOf(problem),
      field: entries.find((entry) => entry.name === problem.field),
    }));
    const position = (problem: ShownProblem) =>
      problem.field ? entries.indexOf(problem.field) : Number.MAX_SAFE_INTEGER;
    return shown.sort((a, b) => position(a) - position(b));
  });

  /** The sentence for the whole form, when the refusal named no field. */
  readonly message = computed(() => (this.checked() ? undefined : this.submitted()?.message));

  /** The name of the first field shown as wrong: focus goes there. */
  readonly first = computed(() => this.shown().find((problem) => problem.field)?.name);

  constructor() {
    inject(Router, { optional: true })?.events.subscribe((event) => {
      // The first navigation is the page being rendered or hydrated; any later one leaves the form.
      if (event instanceof NavigationStart && event.id > 1) {
        this.submitted.set(null);
        this.checked.set(null);
      }
    });
  }

  /** The value the person sent for `name`, else `fallback` (what the page would show anyway). */
  value(name: string, fallback: string): string {
    return this.submitted()?.values[name] ?? fallback;
  }

  /** What is wrong with the field named `name`, in the app's words. */
  problemOf(name: string): ShownProblem | undefined {
    return this.shown().find((problem) => problem.name === name);
  }

  /** The browser's check found these (none: everything it checks is fine). */
  showChecked(problems: readonly FieldProblem[]): void {
    this.checked.set(problems);
  }

  register(entry: FormFieldEntry): () => void {
    this.entries.update((entries) => [...entries, entry]);
    return () => this.entries.update((entries) => entries.filter((other) => other !== entry));
  }

  private textOf(problem: FieldProblem): string {
    return fieldText(problem, this.wording.fields);
  }
}
