import { describe, expect, it } from '@jest/globals';
import { ConfigError, EnvReader } from './index.js';

function problemsOf(read: EnvReader): readonly string[] {
  try {
    read.throwIfInvalid();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  return [];
}

describe('EnvReader', () => {
  it('trims values and reads a blank one as unset, so its default applies', () => {
    const read = new EnvReader({ NAME: '  astro  ', BLANK: '   ', EMPTY: '' });

    expect(read.text('NAME', 'x')).toBe('astro');
    expect(read.text('BLANK', 'fallback')).toBe('fallback');
    expect(read.value('EMPTY')).toBeUndefined();
    expect(read.port('BLANK', 3004)).toBe(3004);
    expect(problemsOf(read)).toEqual([]);
  });

  it('takes ports from 0 to 65535 written in digits, and nothing else', () => {
    const read = new EnvReader({ ZERO: '0', TOP: '65535', OVER: '65536', EXP: '3e3', NEG: '-1' });

    expect([read.port('ZERO', 1), read.port('TOP', 1)]).toEqual([0, 65535]);
    for (const name of ['OVER', 'EXP', 'NEG']) read.port(name, 1);
    expect(problemsOf(read)).toEqual([
      'OVER must be an integer between 0 and 65535, got "65536"',
      'EXP must be an integer between 0 and 65535, got "3e3"',
      'NEG must be an integer between 0 and 65535, got "-1"',
    ]);
  });

  it('checks URLs against the protocols allowed, http and https by default', () => {
    const read = new EnvReader({ API: 'ftp://x', DB: 'mysql://x/y', TEXT: 'not a url' });

    read.url('API', '');
    read.url('DB', '', ['postgres:', 'postgresql:']);
    read.url('TEXT', '');
    expect(read.url('UNSET', 'https://fallback.test/')).toBe('https://fallback.test/');
    expect(problemsOf(read)).toEqual([
      'API must be an http(s) URL, got "ftp://x"',
      'DB must be a postgres or postgresql URL, got "mysql://x/y"',
      'TEXT must be an http(s) URL, got "not a url"',
    ]);
  });

  it('collects every problem and throws them in one ConfigError naming what was configured', () => {
    const read = new EnvReader({ LEVEL: 'loud', COUNT: '0', WAIT: '5s', ON: 'yes', MAIL: 'ops' });

    read.oneOf('LEVEL', 'info', ['info', 'debug']);
    read.positiveInt('COUNT', 1);
    read.wholeNumber('WAIT', 0, 'milliseconds');
    read.flag('ON', false);
    read.email('MAIL', 'a@b');
    read.problem('SECRET must be longer');
    expect(() => read.throwIfInvalid('the test server')).toThrow(
      new ConfigError(
        [
          'LEVEL must be one of info, debug, got "loud"',
          'COUNT must be a positive integer, got "0"',
          'WAIT must be a whole number of milliseconds, got "5s"',
          'ON must be true or false, got "yes"',
          'MAIL must be an email address, got "ops"',
          'SECRET must be longer',
        ],
        'the test server',
      ),
    );
  });
});
