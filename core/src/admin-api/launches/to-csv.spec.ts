import { toCsv } from './to-csv.js';

describe('toCsv', () => {
  it('joins plain fields with commas and ends every line with CRLF', () => {
    expect(
      toCsv([
        ['seat', 'name'],
        [1, 'Ada Lovelace'],
      ]),
    ).toBe('seat,name\r\n1,Ada Lovelace\r\n');
  });

  it('quotes fields with commas, quotes or line breaks and doubles the quotes inside', () => {
    expect(toCsv([['Smith, Jane', 'Joe "Rocket" Doe', 'two\nlines']])).toBe(
      '"Smith, Jane","Joe ""Rocket"" Doe","two\nlines"\r\n',
    );
  });

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(toCsv([['=HYPERLINK("x")', '@cmd', '-1+2']])).toBe(`"'=HYPERLINK(""x"")",'@cmd,'-1+2\r\n`);
  });

  it('leaves negative numbers alone', () => {
    expect(toCsv([[-3]])).toBe('-3\r\n');
  });
});
