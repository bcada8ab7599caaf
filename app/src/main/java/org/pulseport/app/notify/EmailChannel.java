package org.pulseport.app.notify;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * E-mail over SMTP (Jakarta Mail, Angus Mail). Settings: {@code host}, {@code port}, {@code from}, {@code to}
 * (comma-separated), optional {@code username}/{@code password} and {@code security} ({@code starttls},
 * {@code ssl} or {@code none}, the default). Connecting, reading and writing each have a 10 s limit.
 */
public final class EmailChannel implements NotificationChannel {

    static final String TIMEOUT_MS = "10000";

    private final Clock clock;

    public EmailChannel(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.EMAIL;
    }

    @Override
    public void send(Notification n, ChannelConfig config) throws MessagingException {
        Session session = session(config);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(config.require("from")));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(config.require("to")));
        message.setSubject("[Pulseport] " + n.headline(), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        message.setText(body(n), "UTF-8");
        Transport.send(message);
    }

    private static String body(Notification n) {
        return n.message() + "\n\n"
                + "Severity: " + n.severity() + "\n"
                + "From: " + n.start() + "\n"
                + "Until: " + n.end() + "\n"
                + (n.occurrences() > 1 ? "Episodes: " + n.occurrences() + "\n" : "")
                + "\nSent by Pulseport. Change which alerts you get in Settings > Notifications & Webhooks.\n";
    }

    private static Session session(ChannelConfig config) {
        String security = config.optional("security").orElse("none").toLowerCase(Locale.ROOT);
        String protocol = security.equals("ssl") ? "smtps" : "smtp";
        Properties props = new Properties();
        props.put("mail.transport.protocol", protocol);
        props.put("mail." + protocol + ".host", config.require("host"));
        props.put("mail." + protocol + ".port", config.require("port"));
        props.put("mail." + protocol + ".connectiontimeout", TIMEOUT_MS);
        props.put("mail." + protocol + ".timeout", TIMEOUT_MS);
        props.put("mail." + protocol + ".writetimeout", TIMEOUT_MS);
        if (security.equals("starttls")) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        Optional<String> user = config.optional("username");
        if (user.isEmpty()) {
            return Session.getInstance(props);
        }
        props.put("mail." + protocol + ".auth", "true");
        String password = config.optional("password").orElse("");
        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user.get(), password);
            }
        });
    }
}
