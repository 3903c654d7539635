import { Brackets, type SelectQueryBuilder } from 'typeorm';
import { BOOKABLE_STATUSES } from '../../rules/launch-status.js';
import type { Launch } from './launch.entity.js';

/** Restricts a launch query to launches that have not flown yet: bookable and still ahead of now. */
export function onlyFutureLaunches(
  query: SelectQueryBuilder<Launch>,
  alias: string,
): SelectQueryBuilder<Launch> {
  return query.andWhere(
    new Brackets((where) =>
      where
        .where(`${alias}.status IN (:...futureStatuses)`, { futureStatuses: BOOKABLE_STATUSES })
        .andWhere(`${alias}.scheduledAt > now()`),
    ),
  );
}
