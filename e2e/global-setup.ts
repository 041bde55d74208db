import { throwawayCertificate } from './support/tls';
import { CERT_DIR } from './support/constants';

/** Once, before the workers start: two workers making the certificate at once could mix one's key with the other's certificate. */
export default function globalSetup(): void {
  throwawayCertificate(CERT_DIR);
}
