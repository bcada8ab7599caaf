package org.pulseport.app.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;

/**
 * Asks the user for an account's email and password: on the terminal (the password without echo), or, when
 * there is no terminal (piped input, scripts), one line each from standard input.
 */
interface SecretPrompt {

    String line(String prompt);

    /** A secret; never echoed. */
    String secret(String prompt);

    /** The terminal when there is one, otherwise standard input. */
    static SecretPrompt system(PrintWriter out) {
        Console console = System.console();
        return console != null ? new Terminal(console) : new Lines(System.in, out);
    }

    /** The process's terminal. */
    record Terminal(Console console) implements SecretPrompt {
        @Override
        public String line(String prompt) {
            return console.readLine("%s", prompt);
        }

        @Override
        public String secret(String prompt) {
            char[] secret = console.readPassword("%s", prompt);
            return secret == null ? null : new String(secret);
        }
    }

    /** Lines of an input stream (e.g. {@code echo "$PASSWORD" | pulseport connect librelinkup ...}). */
    final class Lines implements SecretPrompt {
        private final BufferedReader in;
        private final PrintWriter out;

        Lines(InputStream in, PrintWriter out) {
            this.in = new BufferedReader(new InputStreamReader(in, Charset.defaultCharset()));
            this.out = out;
        }

        @Override
        public String line(String prompt) {
            out.print(prompt);
            out.flush();
            return read();
        }

        @Override
        public String secret(String prompt) {
            out.println(prompt + "(read from standard input)");
            return read();
        }

        private String read() {
            try {
                return in.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read standard input", e);
            }
        }
    }
}
