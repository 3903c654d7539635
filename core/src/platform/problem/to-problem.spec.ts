import { BadRequestException, NotFoundException } from '@nestjs/common';
import { toProblem } from './to-problem.js';
import { FieldRefusalException } from './field-refusal.exception.js';
import { ValidationFailedException } from './validation-failed.exception.js';

describe('toProblem', () => {
  it('turns a Nest HTTP exception into problem details with its status and message', () => {
    expect(toProblem(new NotFoundException('Launch x is not in the catalog.'), '/launches/x')).toEqual({
      type: 'https://astrobookings.local/problems/not-found',
      title: 'Not Found',
      status: 404,
      detail: 'Launch x is not in the catalog.',
      instance: '/launches/x',
    });
  });

  it('lists each invalid field of a validation failure', () => {
    const problem = toProblem(
      new ValidationFailedException([{ field: 'limit', messages: ['too big'], codes: ['max'] }]),
      '/launches',
    );
    expect(problem.status).toBe(400);
    expect(problem.errors).toEqual([{ field: 'limit', messages: ['too big'], codes: ['max'] }]);
  });

  it('flattens nested validation errors into dotted field names', () => {
    const exception = ValidationFailedException.fromValidationErrors([
      {
        property: 'seat',
        children: [{ property: 'row', constraints: { isInt: 'row must be an integer' }, children: [] }],
      },
    ]);
    expect(exception.errors).toEqual([
      { field: 'seat.row', messages: ['row must be an integer'], codes: ['integer'] },
    ]);
  });

  it('gives each failed constraint of a field its code, in the order of the messages', () => {
    const exception = ValidationFailedException.fromValidationErrors([
      {
        property: 'name',
        constraints: { isNotEmpty: 'name should not be empty', maxLength: 'name is too long' },
        children: [],
      },
    ]);
    expect(exception.errors).toEqual([
      {
        field: 'name',
        messages: ['name should not be empty', 'name is too long'],
        codes: ['required', 'too-long'],
      },
    ]);
  });

  it('names the fields a business rule refused, with the status the rule chose', () => {
    const problem = toProblem(
      new FieldRefusalException(422, [
        { field: 'scheduledAt', code: 'in-past', message: 'The launch date must be in the future.' },
        { field: 'seatsTotal', code: 'above-capacity', message: 'Too many seats.' },
      ]),
      '/launches',
    );
    expect(problem).toMatchObject({
      status: 422,
      detail: 'The launch date must be in the future. Too many seats.',
      errors: [
        { field: 'scheduledAt', messages: ['The launch date must be in the future.'], codes: ['in-past'] },
        { field: 'seatsTotal', messages: ['Too many seats.'], codes: ['above-capacity'] },
      ],
    });
  });

  it('answers malformed JSON bodies with 400, not 500', () => {
    const parseError = Object.assign(new SyntaxError('Unexpected token'), {
      status: 400,
      type: 'entity.parse.failed',
    });
    expect(toProblem(parseError, '/notifications/email')).toMatchObject({
      status: 400,
      title: 'Bad Request',
    });
  });

  it('hides the message of unexpected errors behind a generic 500', () => {
    const problem = toProblem(new Error('password=secret in connection string'), '/x');
    expect(problem).toMatchObject({ status: 500, title: 'Internal Server Error' });
    expect(problem.detail).not.toContain('secret');
  });

  it('joins the message list of a plain BadRequestException', () => {
    expect(toProblem(new BadRequestException(['a is wrong', 'b is wrong']), '/y').detail).toBe(
      'a is wrong; b is wrong',
    );
  });
});
