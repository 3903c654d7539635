import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';
import { LAUNCH_STATUSES, type LaunchStatus } from '../../rules/launch-status.js';

/** A launch as the public sees it, projected from the Operations DB by the catalog sync. */
@Schema({ collection: 'catalog_launches', versionKey: false })
export class CatalogLaunch {
  @Prop({ type: String, required: true, unique: true })
  launchId: string;

  @Prop({ type: String, required: true })
  missionName: string;

  @Prop({ type: String, required: true })
  description: string;

  @Prop({ type: String, required: true })
  supplierName: string;

  @Prop({ type: String, required: true })
  rocketName: string;

  @Prop({ type: String, required: true })
  destination: string;

  @Prop({ type: String, required: true })
  launchSite: string;

  /** Entries projected before launches had zones lack it; they read as UTC until the next sync. */
  @Prop({ type: String, required: true, default: 'UTC' })
  siteTimeZone: string;

  @Prop({ type: Date, required: true, index: true })
  scheduledAt: Date;

  /** In minor units of `currency`; entries projected before lack it until the next sync rewrites them. */
  @Prop({ type: Number, required: true })
  pricePerSeatMinor: number;

  @Prop({ type: String, required: true })
  currency: string;

  @Prop({ type: Number, required: true })
  seatsTotal: number;

  @Prop({ type: Number, required: true })
  seatsAvailable: number;

  @Prop({ type: String, required: true, enum: LAUNCH_STATUSES })
  status: LaunchStatus;
}

export type CatalogLaunchDocument = HydratedDocument<CatalogLaunch>;
export const CatalogLaunchSchema = SchemaFactory.createForClass(CatalogLaunch);
