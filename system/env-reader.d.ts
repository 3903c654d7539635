type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads variables from one environment the way every process does: a value is trimmed, and a blank one counts
 * as unset, so its default applies. Invalid values are collected rather than thrown, so one start-up reports
 * them all; each problem names its variable.
 */
export declare class EnvReader {
  constructor(env: Env);
  /** The trimmed value, or undefined when the variable is unset or blank. */
  value(name: string): string | undefined;
  text(name: string, fallback: string): string;
  oneOf<T extends string>(name: string, fallback: T, allowed: readonly T[]): T;
  /** `true` or `false`. */
  flag(name: string, fallback: boolean): boolean;
  /** 0 to 65535; 0 lets the operating system pick a free port. */
  port(name: string, fallback: number): number;
  /** Digits only: 0 and up, in `unit` (named in the problem). */
  wholeNumber(name: string, fallback: number, unit: string): number;
  /** Digits only: 1 and up. */
  positiveInt(name: string, fallback: number): number;
  /** An absolute URL with one of `protocols` (default `http:` and `https:`), returned as written. */
  url(name: string, fallback: string, protocols?: readonly string[]): string;
  email(name: string, fallback: string): string;
  /** Records a problem found by a check of the caller's own (a cron expression, a secret's length). */
  problem(message: string): void;
  /** Throws a ConfigError listing every problem recorded so far, if there is one. */
  throwIfInvalid(subject?: string): void;
}
