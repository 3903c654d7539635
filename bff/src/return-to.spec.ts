import { safeReturnTo } from './return-to.js';

describe('safeReturnTo', () => {
  it('keeps a path on the same app, with its query and fragment', () => {
    expect(safeReturnTo('/launches?page=2#top')).toBe('/launches?page=2#top');
    expect(safeReturnTo('/')).toBe('/');
  });

  it.each([
    ['an absolute URL', 'https://evil.example/phish'],
    ['another app of ours', 'http://localhost:4004/status'],
    ['a protocol-relative URL', '//evil.example'],
    ['a backslash URL browsers read as protocol-relative', '/\\evil.example'],
    ['a backslash anywhere', '/ok\\..\\evil'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a relative path without a leading slash', 'evil.example'],
    ['a tab hidden in the host part', '/\t/evil.example'],
    ['a BFF endpoint', '/bff/auth/sign-out'],
    ['nothing', undefined],
    ['an array from a repeated query parameter', ['/a', '/b']],
    ['a huge value', `/${'a'.repeat(3000)}`],
    ['a dot segment that normalises into a protocol-relative URL', '/.//evil.example/phish'],
    ['an encoded dot segment that normalises into a protocol-relative URL', '/%2e//evil.example'],
    ['a parent segment that normalises into a protocol-relative URL', '/a/..//evil.example'],
  ])('refuses %s', (_label, value) => {
    expect(safeReturnTo(value)).toBe('/');
  });

  it('falls back to the given default', () => {
    expect(safeReturnTo('//evil', '/account')).toBe('/account');
  });

  it('normalises dot segments instead of letting them climb out', () => {
    expect(safeReturnTo('/a/../../b')).toBe('/b');
  });
});
