import { passwordProblems } from './password-policy.js';

describe('passwordProblems', () => {
  it('accepts a long password with both cases and a digit', () => {
    expect(passwordProblems('Astro-Demo-2026!')).toEqual([]);
  });

  it('names every rule a weak password breaks', () => {
    expect(passwordProblems('short')).toEqual([
      'be at least 12 characters long',
      'mix lower and upper case letters',
      'contain a digit',
    ]);
  });
});
