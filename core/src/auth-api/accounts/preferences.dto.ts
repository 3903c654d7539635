import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { LANGUAGES, type Language } from '../../shared/model/language.js';

/** What a signed-in person chooses for their own account. */
export class PreferencesDto {
  @ApiProperty({ enum: LANGUAGES, description: 'The language of the emails the account receives.' })
  @IsIn(LANGUAGES)
  language: Language;
}
