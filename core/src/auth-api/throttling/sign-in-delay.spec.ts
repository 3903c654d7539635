import { signInDelaySeconds } from './sign-in-delay.js';

describe('signInDelaySeconds', () => {
  it('lets a client fail below the threshold without waiting', () => {
    expect([1, 2, 3, 4].map((failures) => signInDelaySeconds(failures, 5, 900))).toEqual([0, 0, 0, 0]);
  });

  it('makes the wait grow with each further failure, up to the longest delay', () => {
    expect([5, 6, 7, 8, 9, 10, 11, 30].map((failures) => signInDelaySeconds(failures, 5, 900))).toEqual([
      30, 60, 120, 240, 480, 900, 900, 900,
    ]);
  });
});
