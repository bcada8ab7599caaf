package org.pulseport.providers.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SystemBrowserTest {

    @Test
    void withoutADesktopTheAddressIsPrintedForTheUser() {
        assertThat(System.getProperty("java.awt.headless")).isEqualTo("true");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        URI url = URI.create("https://cloud.ouraring.com/oauth/authorize?client_id=x&state=y");

        new SystemBrowser(new PrintStream(out, true, StandardCharsets.UTF_8)).open(url);

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Open this address", url.toString());
    }
}
