package vn.dtiplan.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A minimal SMTP server on loopback that accepts every message and keeps its recipients and raw
 * text, so an IT can check what the application mailed. One connection at a time; no TLS, no
 * authentication. The IT servers are configured to mail to it ({@link ItDatabase}).
 */
public final class FakeSmtp implements AutoCloseable {

    /** One accepted message: its recipients ({@code RCPT TO}) and raw text. */
    public record Mail(List<String> recipients, String data) {
    }

    private final ServerSocket server;
    private final List<Mail> received = Collections.synchronizedList(new ArrayList<>());
    private final Thread loop;

    private FakeSmtp(int port) throws IOException {
        server = new ServerSocket(port, 10, InetAddress.getLoopbackAddress());
        loop = new Thread(this::serve, "fake-smtp");
        loop.setDaemon(true);
        loop.start();
    }

    public static FakeSmtp listen(int port) {
        try {
            return new FakeSmtp(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A free loopback port for the server settings. */
    static int freePort() {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Mail> received() {
        return List.copyOf(received);
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket client = server.accept()) {
                converse(client);
            } catch (IOException closedOrBroken) {
                // the next connection starts afresh; close() ends the loop
            }
        }
    }

    private void converse(Socket client) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = client.getOutputStream();
        reply(out, "220 fake-smtp");
        List<String> recipients = new ArrayList<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
            switch (command) {
                case "RCPT" -> {
                    recipients.add(line.substring(line.indexOf('<') + 1, line.lastIndexOf('>')));
                    reply(out, "250 ok");
                }
                case "DATA" -> {
                    reply(out, "354 end with .");
                    StringBuilder data = new StringBuilder();
                    for (String d = in.readLine(); d != null && !d.equals("."); d = in.readLine()) {
                        data.append(d).append('\n');
                    }
                    received.add(new Mail(List.copyOf(recipients), data.toString()));
                    recipients.clear();
                    reply(out, "250 queued");
                }
                case "QUIT" -> {
                    reply(out, "221 bye");
                    return;
                }
                default -> reply(out, "250 ok");
            }
        }
    }

    private static void reply(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing a listening socket does not fail in a way a test can act on
        }
    }
}
