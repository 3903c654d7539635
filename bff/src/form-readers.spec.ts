import type { Request } from 'express';
import { field, numberField, queryParam, secretField, siteDateField } from './form-readers.js';

const posted = (body: Record<string, unknown> | undefined) => ({ body }) as Request;
const queried = (query: Record<string, unknown>) => ({ query }) as unknown as Request;

describe('form readers', () => {
  it('reads a text field trimmed, and anything that is not text as empty', () => {
    const req = posted({ name: '  Kestrel  ', seats: ['1', '2'], nested: { a: 1 } });

    expect(field(req, 'name')).toBe('Kestrel');
    expect(field(req, 'seats')).toBe('');
    expect(field(req, 'nested')).toBe('');
    expect(field(req, 'missing')).toBe('');
    expect(field(posted(undefined), 'name')).toBe('');
  });

  it('keeps a secret exactly as typed, spaces included', () => {
    expect(secretField(posted({ password: ' pass word ' }), 'password')).toBe(' pass word ');
    expect(secretField(posted({ password: 42 }), 'password')).toBe('');
  });

  it('reads numbers, and empty or non-numeric fields as undefined', () => {
    const req = posted({ price: '180000.50', seats: ' 6 ', empty: '', word: 'six', infinite: 'Infinity' });

    expect(numberField(req, 'price')).toBe(180000.5);
    expect(numberField(req, 'seats')).toBe(6);
    expect(numberField(req, 'empty')).toBeUndefined();
    expect(numberField(req, 'word')).toBeUndefined();
    expect(numberField(req, 'infinite')).toBeUndefined();
  });

  it('reads one query parameter, not an empty or repeated one', () => {
    const req = queried({ status: 'confirmed', empty: '', twice: ['a', 'b'] });

    expect(queryParam(req, 'status')).toBe('confirmed');
    expect(queryParam(req, 'empty')).toBeUndefined();
    expect(queryParam(req, 'twice')).toBeUndefined();
    expect(queryParam(req, 'missing')).toBeUndefined();
  });

  it("reads a datetime-local value in the launch site's zone, and nothing from an unknown zone", () => {
    const req = posted({ at: '2027-05-12T10:00', bad: 'soon' });

    expect(siteDateField(req, 'at', 'Asia/Tokyo')).toBe('2027-05-12T01:00:00.000Z');
    expect(siteDateField(req, 'at', 'Nowhere/Atlantis')).toBeUndefined();
    expect(siteDateField(req, 'bad', 'Asia/Tokyo')).toBeUndefined();
    expect(siteDateField(req, 'missing', 'Asia/Tokyo')).toBeUndefined();
  });
});
