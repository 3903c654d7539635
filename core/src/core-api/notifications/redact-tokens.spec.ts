import { redactTokens } from './redact-tokens.js';

describe('redactTokens', () => {
  it('removes the token of every link and keeps the rest of the text', () => {
    expect(
      redactTokens(
        'Reset: http://x.test/reset-password?token=abc_DEF-123\nOr http://x.test/p?a=1&token=zz&b=2',
      ),
    ).toBe(
      'Reset: http://x.test/reset-password?token=[redacted]\nOr http://x.test/p?a=1&token=[redacted]&b=2',
    );
  });

  it('removes the token a link carries in its fragment', () => {
    expect(redactTokens('Accept: http://x.test/invitation#token=abc_DEF-123 soon')).toBe(
      'Accept: http://x.test/invitation#token=[redacted] soon',
    );
  });

  it('leaves a text without links unchanged', () => {
    expect(redactTokens('See you at the launch site.')).toBe('See you at the launch site.');
  });
});
