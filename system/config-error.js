/** Thrown when the environment holds values a process cannot start with; lists every problem at once. */
export class ConfigError extends Error {
  constructor(problems, subject) {
    super(
      `Invalid configuration${subject ? ` for ${subject}` : ''}:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
    this.problems = problems;
  }
}
