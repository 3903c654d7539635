import type { RocketDto } from './rocket.dto.js';
import type { Rocket } from '../../shared/model/operations/rocket.entity.js';

export function toRocketDto(rocket: Rocket): RocketDto {
  return {
    id: rocket.id,
    supplierId: rocket.supplierId,
    name: rocket.name,
    model: rocket.model,
    capacity: rocket.capacity,
    range: rocket.range,
    status: rocket.status,
    photoUrl: rocket.photoUrl,
    createdAt: rocket.createdAt.toISOString(),
  };
}
