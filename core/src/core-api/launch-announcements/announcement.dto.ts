import { ApiProperty } from '@nestjs/swagger';

export class AnnouncementDto {
  @ApiProperty({
    type: 'integer',
    description: 'VIP customers the announcement was queued for, to go out at once.',
  })
  vip: number;

  @ApiProperty({
    type: 'integer',
    description: 'Other customers it was queued for, to go out ANNOUNCEMENT_DELAY_MINUTES later.',
  })
  others: number;
}

export class MissedAnnouncementsDto extends AnnouncementDto {
  @ApiProperty({
    type: 'integer',
    description: 'Recent bookable launches that had never been announced and now were.',
  })
  launches: number;
}
