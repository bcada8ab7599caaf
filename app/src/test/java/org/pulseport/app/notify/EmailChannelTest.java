package org.pulseport.app.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pulseport.app.analytics.AnomalyCategory;
import org.pulseport.app.analytics.AnomalySeverity;
import org.pulseport.core.model.MetricType;

/** E-mail over SMTP (Angus Mail) to an in-process GreenMail server on a free port, with and without sign-in. */
class EmailChannelTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final Instant AT = Instant.parse("2025-03-01T02:55:00Z");
    private final Notification high = new Notification(3, "glucose_high:glucose", AnomalyCategory.GLUCOSE_HIGH,
            AnomalySeverity.WARNING, MetricType.GLUCOSE, "High glucose", "Glucose above 250 mg/dL for 40 min (highest 287).",
            AT.minusSeconds(2400), AT, 2);

    private Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>();
        settings.put("host", "127.0.0.1");
        settings.put("port", String.valueOf(SMTP.getSmtp().getPort()));
        settings.put("from", "pulseport@example.org");
        settings.put("to", "ann@example.org, clinic@example.org");
        return settings;
    }

    @Test
    void sendsAPlainTextMailToEveryRecipient() throws Exception {
        new EmailChannel(new MutableClock(AT)).send(high, new ChannelConfig(settings()));

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(2);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("[Pulseport] Warning: High glucose");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("pulseport@example.org");
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("ann@example.org", "clinic@example.org");
        assertThat(mail.getSentDate().toInstant()).isEqualTo(AT);
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("Glucose above 250 mg/dL for 40 min (highest 287).")
                .contains("Severity: WARNING").contains("Episodes: 2");
    }

    @Test
    void signsInWhenAUserIsConfigured() throws Exception {
        SMTP.setUser("pulseport", "app-password");
        Map<String, String> settings = settings();
        settings.put("username", "pulseport");
        settings.put("password", "app-password");

        new EmailChannel(new MutableClock(AT)).send(high, new ChannelConfig(settings));

        assertThat(SMTP.getReceivedMessages()).hasSize(2);
    }

    @Test
    void anUnreachableServerIsAFailure() {
        Map<String, String> settings = settings();
        settings.put("port", "1");
        assertThatThrownBy(() -> new EmailChannel(new MutableClock(AT)).send(high, new ChannelConfig(settings)))
                .isInstanceOf(jakarta.mail.MessagingException.class);
    }
}
