package io.argus.alertmanager.email;

import io.argus.alertmanager.config.EmailConfig;
import io.argus.alertmanager.notify.AlertData;
import io.argus.alertmanager.notify.DeliveryOutcome;
import io.argus.alertmanager.notify.NotificationData;
import io.argus.alertmanager.notify.Notifier;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Sends a notification email per attempt through the configured smarthost. Port 465 uses TLS from
 * the start; any other port upgrades with STARTTLS when offered and fails when {@code
 * require_tls} is set and it is not. Authenticates when a username is configured (the password
 * file is read on every attempt). SMTP 5xx replies are permanent failures; connection problems
 * and 4xx replies are retried. Thread-safe: each attempt uses its own session.
 */
public final class EmailNotifier implements Notifier {

  private final EmailConfig config;
  private final Duration timeout;

  public EmailNotifier(EmailConfig config, Duration timeout) {
    this.config = config;
    this.timeout = timeout;
  }

  @Override
  public String integrationName() {
    return "email";
  }

  @Override
  public boolean sendResolved() {
    return config.sendResolved();
  }

  @Override
  public DeliveryOutcome deliver(NotificationData data, List<AlertData> alerts) {
    EmailContent content = EmailContent.of(data);
    try {
      Session session = Session.getInstance(properties());
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(config.from()));
      for (String to : config.to()) {
        message.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
      }
      message.setSubject(content.subject(), "UTF-8");
      message.setSentDate(new Date());
      for (Map.Entry<String, String> header : config.headers().entrySet()) {
        message.setHeader(header.getKey(), header.getValue());
      }
      MimeMultipart alternatives = new MimeMultipart("alternative");
      MimeBodyPart text = new MimeBodyPart();
      text.setText(content.text(), "UTF-8", "plain");
      MimeBodyPart html = new MimeBodyPart();
      html.setText(content.html(), "UTF-8", "html");
      alternatives.addBodyPart(text);
      alternatives.addBodyPart(html);
      message.setContent(alternatives);
      message.saveChanges();
      if (config.authUsername().isEmpty()) {
        Transport.send(message);
      } else {
        Transport.send(message, config.authUsername(), password());
      }
      return new DeliveryOutcome.Delivered();
    } catch (SMTPSendFailedException e) {
      return failure(e.getReturnCode(), e);
    } catch (MessagingException e) {
      SMTPAddressFailedException addressFailure = findAddressFailure(e);
      if (addressFailure != null) {
        return failure(addressFailure.getReturnCode(), e);
      }
      return new DeliveryOutcome.Failed(true, "other", "sending email via " + config.smarthost()
          + " failed: " + describe(e));
    } catch (IOException e) {
      return new DeliveryOutcome.Failed(false, "other", "cannot read auth_password_file: " + e.getMessage());
    }
  }

  private DeliveryOutcome failure(int smtpCode, MessagingException e) {
    boolean permanent = smtpCode >= 500;
    return new DeliveryOutcome.Failed(!permanent, permanent ? "clientError" : "serverError",
        "SMTP server " + config.smarthost() + " replied " + smtpCode + ": " + describe(e));
  }

  private static SMTPAddressFailedException findAddressFailure(MessagingException e) {
    for (Exception next = e; next instanceof MessagingException messaging; next = messaging.getNextException()) {
      if (messaging instanceof SMTPAddressFailedException address) {
        return address;
      }
    }
    return null;
  }

  private static String describe(MessagingException e) {
    String message = e.getMessage();
    Exception next = e.getNextException();
    return next == null ? message : message + ": " + next.getMessage();
  }

  private String password() throws IOException {
    if (config.authPasswordFile().isEmpty()) {
      return config.authPassword();
    }
    return Files.readString(Path.of(config.authPasswordFile()), StandardCharsets.UTF_8).strip();
  }

  private Properties properties() {
    Properties properties = new Properties();
    String millis = Long.toString(timeout.toMillis());
    properties.setProperty("mail.smtp.host", config.smarthostHost());
    properties.setProperty("mail.smtp.port", Integer.toString(config.smarthostPort()));
    properties.setProperty("mail.smtp.localhost", config.hello());
    properties.setProperty("mail.smtp.connectiontimeout", millis);
    properties.setProperty("mail.smtp.timeout", millis);
    properties.setProperty("mail.smtp.writetimeout", millis);
    properties.setProperty("mail.smtp.auth", Boolean.toString(!config.authUsername().isEmpty()));
    if (config.smarthostPort() == 465) {
      properties.setProperty("mail.smtp.ssl.enable", "true");
    } else {
      properties.setProperty("mail.smtp.starttls.enable", "true");
      properties.setProperty("mail.smtp.starttls.required", Boolean.toString(config.requireTls()));
    }
    return properties;
  }
}
