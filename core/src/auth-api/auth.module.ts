import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { NotificationOutboxModule } from '../shared/notification-outbox/notification-outbox.module.js';
import { CORE_DB, CUSTOMER_DB } from '../platform/database/mongo-connections.js';
import { SystemLogStoreModule } from '../shared/system-log-store/system-log-store.module.js';
import { Accounts } from './accounts/accounts.js';
import { Credential, CredentialSchema } from '../shared/model/core-db/credential.schema.js';
import {
  CustomerProfile,
  CustomerProfileSchema,
} from '../shared/model/customer-db/customer-profile.schema.js';
import { MeController } from './accounts/me.controller.js';
import { BillingController } from './accounts/billing.controller.js';
import { PreferencesController } from './accounts/preferences.controller.js';
import { RegistrationController } from './accounts/registration.controller.js';
import { RegistrationService } from './accounts/registration.service.js';
import { ApiKey, ApiKeySchema } from '../shared/model/core-db/api-key.schema.js';
import { ApiKeysController } from './api-keys/api-keys.controller.js';
import { ApiKeysService } from './api-keys/api-keys.service.js';
import { AuthEmails } from './email/auth-emails.js';
import { CredentialHousekeepingController } from './housekeeping/credential-housekeeping.controller.js';
import { CredentialHousekeepingService } from './housekeeping/credential-housekeeping.service.js';
import { InvitationsController } from './invitations/invitations.controller.js';
import { InvitationsService } from './invitations/invitations.service.js';
import { AccountUnlockController } from './login/account-unlock.controller.js';
import { AccountUnlockService } from './login/account-unlock.service.js';
import { LoginService } from './login/login.service.js';
import { PasswordHasher } from './passwords/password-hasher.js';
import { PasswordsController } from './passwords/passwords.controller.js';
import { PasswordsService } from './passwords/passwords.service.js';
import { SecurityEvents } from './security-events.js';
import { SessionCodesService } from './sessions/session-codes.service.js';
import { Session, SessionSchema } from '../shared/model/core-db/session.schema.js';
import { Sessions } from './sessions/sessions.js';
import { SessionsController } from './sessions/sessions.controller.js';
import { SupplierDirectory } from './supplier-directory.js';
import { AuthThrottle } from './throttling/auth-throttle.js';
import { AccessTokens } from './tokens/access-tokens.js';
import { JwksController } from './tokens/jwks.controller.js';
import { OneTimeToken, OneTimeTokenSchema } from '../shared/model/core-db/one-time-token.schema.js';
import { OneTimeTokens } from './tokens/one-time-tokens.js';
import { RefreshToken, RefreshTokenSchema } from '../shared/model/core-db/refresh-token.schema.js';
import { ServiceTokenService } from './tokens/service-token.service.js';
import { TokenClaim, TokenClaimSchema } from '../shared/model/core-db/token-claim.schema.js';
import { TokenClaims } from './tokens/token-claims.js';
import { TokenPairs } from './tokens/token-pairs.js';
import { TokensController } from './tokens/tokens.controller.js';
import { UsersController } from './users/users.controller.js';
import { UsersService } from './users/users.service.js';

/** Accounts, sign-in, tokens and sessions, invitations, user management and API keys. */
@Module({
  imports: [
    MongooseModule.forFeature(
      [
        { name: Credential.name, schema: CredentialSchema },
        { name: Session.name, schema: SessionSchema },
        { name: RefreshToken.name, schema: RefreshTokenSchema },
        { name: TokenClaim.name, schema: TokenClaimSchema },
        { name: OneTimeToken.name, schema: OneTimeTokenSchema },
        { name: ApiKey.name, schema: ApiKeySchema },
      ],
      CORE_DB,
    ),
    MongooseModule.forFeature([{ name: CustomerProfile.name, schema: CustomerProfileSchema }], CUSTOMER_DB),
    NotificationOutboxModule,
    SystemLogStoreModule,
  ],
  controllers: [
    JwksController,
    TokensController,
    AccountUnlockController,
    SessionsController,
    RegistrationController,
    MeController,
    PreferencesController,
    BillingController,
    PasswordsController,
    InvitationsController,
    UsersController,
    ApiKeysController,
    CredentialHousekeepingController,
  ],
  providers: [
    AccountUnlockService,
    Accounts,
    AccessTokens,
    ApiKeysService,
    AuthEmails,
    AuthThrottle,
    CredentialHousekeepingService,
    InvitationsService,
    LoginService,
    OneTimeTokens,
    PasswordHasher,
    PasswordsService,
    RegistrationService,
    SecurityEvents,
    ServiceTokenService,
    SessionCodesService,
    Sessions,
    SupplierDirectory,
    TokenClaims,
    TokenPairs,
    UsersService,
  ],
})
export class AuthModule {}
