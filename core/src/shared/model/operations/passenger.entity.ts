import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Booking } from './booking.entity.js';

/** A person flying on a booked seat. */
@Entity('passengers')
export class Passenger {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'booking_id', type: 'uuid' })
  bookingId: string;

  @ManyToOne(() => Booking, (booking) => booking.passengers, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booking_id' })
  // Relation<> keeps decorator metadata from naming Booking, which the two modules' import cycle would break.
  booking?: Relation<Booking>;

  @Column({ name: 'seat_number', type: 'int' })
  seatNumber: number;

  @Column({ name: 'full_name', type: 'varchar', length: 120 })
  fullName: string;
}
