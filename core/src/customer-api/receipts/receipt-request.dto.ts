import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { LANGUAGES, type Language } from '../../shared/model/language.js';

export class ReceiptParamsDto {
  @ApiProperty({ format: 'uuid', description: 'The booking.' })
  @IsUUID()
  id: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  receiptId: string;
}

export class ReceiptPdfQueryDto {
  @ApiPropertyOptional({
    enum: LANGUAGES,
    description: 'The language the PDF is written in; English if absent.',
  })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}
