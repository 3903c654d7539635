import { describe, expect, it } from '@jest/globals';
import { ConfigError, EnvReader, readNodeEnv } from './index.js';

function problemsOf(read: EnvReader): readonly string[] {
  try {
    read.throwIfInvalid();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  return [];
}

describe('readNodeEnv', () => {
  it('reads an unset or blank NODE_ENV as production, so a forgotten setting fails closed', () => {
    for (const env of [{}, { NODE_ENV: '  ' }]) {
      const read = new EnvReader(env);
      expect(readNodeEnv(read)).toBe('production');
      expect(problemsOf(read)).toEqual([]);
    }
  });

  it('takes development, test and production as they are', () => {
    for (const value of ['development', 'test', 'production']) {
      expect(readNodeEnv(new EnvReader({ NODE_ENV: value }))).toBe(value);
    }
  });

  it('reports a misspelt NODE_ENV by name and reads it as production meanwhile', () => {
    for (const value of ['prod', 'Production', 'staging', 'dev']) {
      const read = new EnvReader({ NODE_ENV: value });
      expect(readNodeEnv(read)).toBe('production');
      expect(problemsOf(read)).toEqual([
        `NODE_ENV must be one of development, test, production, got "${value}"`,
      ]);
    }
  });
});
