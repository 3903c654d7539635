import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'limit' })
  field: string;

  @ApiProperty({ type: [String], description: 'One English sentence per failed constraint.' })
  messages: string[];

  @ApiProperty({
    type: [String],
    example: ['too-long'],
    description:
      'A stable code per failed constraint, in the order of `messages`: `required`, `too-long`, `too-short`, `length`, `min`, `max`, `enum`, `email`, `format`, `integer`, `number`, `date`, `unknown-field`, … and business-rule codes such as `in-past`, `above-capacity` or `taken`.',
  })
  codes: string[];
}

/** RFC 9457 problem details, documented for every error response. */
export class ProblemDto {
  @ApiProperty({ example: 'https://astrobookings.local/problems/not-found' })
  type: string;

  @ApiProperty({ example: 'Not Found' })
  title: string;

  @ApiProperty({ type: 'integer', example: 404 })
  status: number;

  @ApiPropertyOptional()
  detail?: string;

  @ApiPropertyOptional()
  instance?: string;

  @ApiPropertyOptional({ type: [FieldErrorDto] })
  errors?: FieldErrorDto[];
}
