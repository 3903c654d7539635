import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class JwkDto {
  @ApiProperty({ example: 'OKP' })
  kty: string;

  @ApiProperty({ example: 'Ed25519' })
  crv: string;

  @ApiProperty()
  x: string;

  @ApiPropertyOptional()
  kid?: string;

  @ApiPropertyOptional({ example: 'EdDSA' })
  alg?: string;

  @ApiPropertyOptional({ example: 'sig' })
  use?: string;
}

export class JwksDto {
  @ApiProperty({ type: [JwkDto] })
  keys: JwkDto[];
}
