/**
 * The email receiver integration: {@link io.argus.alertmanager.email.EmailNotifier} sends over SMTP
 * with Jakarta Mail (STARTTLS, authentication), with Alertmanager's default subject and Argus's
 * built-in text and HTML bodies ({@link io.argus.alertmanager.email.EmailContent}). Depends on the
 * notify and config packages.
 */
package io.argus.alertmanager.email;
