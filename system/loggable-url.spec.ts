import { describe, expect, it } from '@jest/globals';
import { loggableUrl } from './index.js';

describe('loggableUrl', () => {
  it('keeps a path without a query as it is', () => {
    expect(loggableUrl('/launches/0b6c3f1e-6a51-4d7b-9a5e-1f2f3a4b5c6d')).toBe(
      '/launches/0b6c3f1e-6a51-4d7b-9a5e-1f2f3a4b5c6d',
    );
  });

  it('masks the token of an emailed link and keeps the parameter name', () => {
    expect(loggableUrl('/reset-password?token=s3cr3t-Reset_Token')).toBe('/reset-password?token=[redacted]');
  });

  it('masks the code and state of the single-sign-on callback', () => {
    expect(loggableUrl('/bff/auth/callback?code=abc123&state=xyz&returnTo=%2Ftrips')).toBe(
      '/bff/auth/callback?code=[redacted]&state=[redacted]&returnTo=[redacted]',
    );
  });

  it('masks a token wrapped in another parameter, such as a return path', () => {
    expect(loggableUrl('/sign-in?returnTo=%2Finvitation%3Ftoken%3Dabc')).not.toContain('abc');
  });

  it('masks a parameter name that is not a plain word', () => {
    expect(loggableUrl('/x?s3cr3t%3D%26value')).toBe('/x?[redacted]=[redacted]');
  });

  it('masks the token of the old invitation lookup path, whatever its case', () => {
    expect(loggableUrl('/auth/invitations/inv-token-123')).toBe('/auth/invitations/[redacted]');
    expect(loggableUrl('/AUTH/Invitations/inv-token-123/')).toBe('/AUTH/Invitations/[redacted]/');
  });

  it('keeps the invitation endpoints that carry no secret in their path', () => {
    expect(loggableUrl('/auth/invitations/accept')).toBe('/auth/invitations/accept');
    expect(loggableUrl('/auth/invitations/lookup')).toBe('/auth/invitations/lookup');
    expect(loggableUrl('/auth/invitations')).toBe('/auth/invitations');
  });

  it('drops a fragment and an empty query', () => {
    expect(loggableUrl('/invitation?#token=abc')).toBe('/invitation');
  });
});
