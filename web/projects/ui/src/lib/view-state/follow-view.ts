import { HttpClient } from '@angular/common/http';
import {
  afterNextRender,
  computed,
  DestroyRef,
  DOCUMENT,
  effect,
  inject,
  Injector,
  signal,
  untracked,
  type Signal,
} from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { pagePollHost, poll, type Poll, type PollAnswer, type PollPace } from '../live/poll';
import { loadView, type ViewState } from './load-view';

export interface FollowOptions<T> {
  /**
   * Whether the page is waiting on the server. Read again whenever the view changes, and whenever a signal
   * it reads changes (e.g. a countdown that ran out), so following starts and stops by itself.
   */
  readonly while: (view: T) => boolean;
  /** How often to ask the BFF; by default from 1 s, half as often again each time, at most every 15 s. */
  readonly pace?: PollPace;
  readonly onReady?: (view: T) => void;
}

const DEFAULT_PACE: PollPace = { firstMs: 1000, factor: 1.5, maxMs: 15_000 };

/**
 * `loadView`, then, in the browser, the page follows the server by itself: while `while` holds, it asks the
 * same BFF route again (backing off, and never while the tab is hidden: see `poll`) and shows each new view,
 * until the wait is over. The server render and a page without JavaScript show the view as it was; a failed
 * check keeps the last view on screen and is retried later.
 */
export function followView<T>(url: string, options: FollowOptions<T>): Signal<ViewState<T>> {
  const loaded = loadView<T>(url, options.onReady);
  const latest = signal<ViewState<T> | null>(null);
  const state = computed(() => latest() ?? loaded());
  const http = inject(HttpClient);
  const document = inject(DOCUMENT);
  const injector = inject(Injector);
  let following: Poll | undefined;

  const check = async (): Promise<PollAnswer> => {
    const view = await firstValueFrom(http.get<T>(url));
    latest.set({ kind: 'ready', view });
    return options.while(view) ? 'again' : 'done';
  };

  afterNextRender(() => {
    effect(
      () => {
        const current = state();
        const waiting = current.kind === 'ready' && options.while(current.view);
        untracked(() => {
          if (waiting && !following) {
            following = poll(check, options.pace ?? DEFAULT_PACE, pagePollHost(document));
          } else if (!waiting && following) {
            following.stop();
            following = undefined;
          }
        });
      },
      { injector },
    );
  });
  inject(DestroyRef).onDestroy(() => following?.stop());
  return state;
}
