/** One email as the platform hands it to the mail relay. */
export interface OutgoingEmail {
  to: string;
  subject: string;
  text: string;
}
