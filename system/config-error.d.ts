/** Thrown when the environment holds values a process cannot start with; lists every problem at once. */
export declare class ConfigError extends Error {
  /** One sentence per invalid value, each naming its variable. */
  readonly problems: readonly string[];
  /** `subject` names what was being configured ("the customer web server"), when the caller does not. */
  constructor(problems: readonly string[], subject?: string);
}
