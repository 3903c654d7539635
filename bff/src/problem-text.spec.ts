import { problemText, type ProblemWording } from './problem-text.js';

const wording: ProblemWording = {
  unavailable: 'Try again later.',
  signedOut: 'Sign in again.',
  forbidden: 'Not allowed.',
  notFound: 'It is gone.',
  rejected: 'Not accepted.',
};

describe('problemText', () => {
  it("uses the app's sentence when the API failed or the status says it all", () => {
    expect(problemText(500, { detail: 'stack trace' }, wording)).toBe('Try again later.');
    expect(problemText(503, undefined, wording)).toBe('Try again later.');
    expect(problemText(0, undefined, wording)).toBe('Try again later.');
    expect(problemText(401, { detail: 'jwt expired' }, wording)).toBe('Sign in again.');
    expect(problemText(403, undefined, wording)).toBe('Not allowed.');
    expect(problemText(404, { detail: 'Launch 42 not found' }, wording)).toBe('It is gone.');
  });

  it("shows the API's field messages first, then its detail, then its title", () => {
    const errors = [
      { field: 'seatsTotal', messages: ["seatsTotal exceeds the rocket's capacity of 6"] },
      { field: 'currency', messages: ['currency must be 3 letters', 7] },
    ];
    expect(problemText(400, { detail: 'Validation failed', errors }, wording)).toBe(
      "seatsTotal exceeds the rocket's capacity of 6; currency must be 3 letters",
    );
    expect(problemText(409, { title: 'Conflict', detail: 'Only 1 seat is left' }, wording)).toBe(
      'Only 1 seat is left',
    );
    expect(problemText(409, { title: 'Conflict', detail: '' }, wording)).toBe('Conflict');
  });

  it("falls back to the app's sentence when the refusal carries no usable words", () => {
    expect(problemText(422, undefined, wording)).toBe('Not accepted.');
    expect(problemText(400, { errors: 'not a list', detail: 12 }, wording)).toBe('Not accepted.');
  });

  it('bounds long texts, as they travel in a URL', () => {
    const text = problemText(409, { detail: 'x'.repeat(400) }, wording);

    expect(text).toHaveLength(298);
    expect(text.endsWith('…')).toBe(true);
  });
});
