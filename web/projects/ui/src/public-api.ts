export { createAppConfig, createServerConfig } from './lib/app-config/app-config';
export { pageOrigin } from './lib/bff/page-origin';
export { provideSsrContext, requestIdInterceptor } from './lib/bff/provide-ssr-context';
export type { SsrRequestContext } from './lib/bff/ssr-request-context';
export { Chart } from './lib/chart/chart';
export { ErrorState } from './lib/error-state/error-state';
export { Field } from './lib/field/field';
export { FieldControl } from './lib/field/field-control';
export { FIELD_MESSAGES, FORM_KIT_WORDS } from './lib/form/field-wording';
export type { FieldProblem, FormFeedback } from './lib/form/form-feedback';
export { FormProblems, type FormFieldEntry, type ShownProblem } from './lib/form/form-problems';
export { FormSubmit } from './lib/form/form-submit';
export { KeptValue } from './lib/form/kept-value';
export { FormMessage } from './lib/form-message/form-message';
export { FORM_WORDING, provideFormWording, type FormWording } from './lib/form-message/form-wording';
export { LaunchTime } from './lib/launch-time/launch-time';
export { LanguageSwitch } from './lib/locale/language-switch';
export { pathIn, rootPath } from './lib/locale/language-path';
export {
  LANGUAGES,
  pageLanguage,
  provideLanguages,
  SHIPPED_LANGUAGES,
  type Language,
} from './lib/locale/languages';
export { decimalText } from './lib/money/decimal-text';
export { formatMoney } from './lib/money/format-money';
export { MoneyPipe } from './lib/money/money.pipe';
export { followView, type FollowOptions } from './lib/view-state/follow-view';
export { loadView, type ViewState } from './lib/view-state/load-view';
export {
  pagePollHost,
  poll,
  type Poll,
  type PollAnswer,
  type PollHost,
  type PollPace,
} from './lib/live/poll';
export { NoAccess } from './lib/no-access/no-access';
export { Progress } from './lib/progress/progress';
export { PortalShell } from './lib/portal-shell/portal-shell';
export { Seo, type PageSeo } from './lib/seo/seo';
export { CsrfField } from './lib/session/csrf-field';
export type { PageContext, PageUser } from './lib/session/page-context';
export { PageSession } from './lib/session/page-session';
export { SignOutForm } from './lib/session/sign-out-form';
export { Shell, type NavLink } from './lib/shell/shell';
export { StatusBadge, type BadgeTone } from './lib/status-badge/status-badge';
