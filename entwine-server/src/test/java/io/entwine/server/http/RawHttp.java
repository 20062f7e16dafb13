package io.entwine.server.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests a client library will not send: a body that claims more bytes than it
 * has, or a chunked body that never ends. Each call answers what the server sent before it closed or within the
 * socket timeout, so a server that waited for the whole body shows up as a timeout, not as a pass.
 */
final class RawHttp {
    record Answer(int status, String body) {
    }

    private RawHttp() {
    }

    /** Declares {@code declaredLength} bytes but sends only {@code sent} of them, then reads the answer. */
    static Answer declaredBody(int port, String method, String path, Map<String, String> headers, long declaredLength, int sent) {
        return exchange(port, method, path, headers, "Content-Length: " + declaredLength, out -> out.write(new byte[sent]));
    }

    /** Sends {@code total} bytes in 8 KiB chunks and never the closing chunk, then reads the answer. */
    static Answer endlessChunkedBody(int port, String method, String path, Map<String, String> headers, int total) {
        return exchange(port, method, path, headers, "Transfer-Encoding: chunked", out -> {
            byte[] chunk = new byte[8192];
            java.util.Arrays.fill(chunk, (byte) ' ');
            for (int sent = 0; sent < total; sent += chunk.length) {
                out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
        });
    }

    private interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }

    private static Answer exchange(int port, String method, String path, Map<String, String> headers, String framing, BodyWriter body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n");
            headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            head.append(framing).append("\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            try {
                body.write(out);
                out.flush();
            } catch (IOException closedEarly) {
                // the server answered and closed before taking the whole body: what we want to see; read its answer
            }
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " over a raw socket failed", e);
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        int headerEnd = -1;
        long contentLength = -1;
        boolean chunked = false;
        while (true) {
            int n;
            try {
                n = in.read(buffer);
            } catch (java.net.SocketException reset) {
                n = -1;
            }
            if (n < 0) break;
            raw.write(buffer, 0, n);
            String text = raw.toString(StandardCharsets.ISO_8859_1);
            if (headerEnd < 0 && (headerEnd = text.indexOf("\r\n\r\n")) >= 0) {
                for (String line : text.substring(0, headerEnd).split("\r\n")) {
                    String lower = line.toLowerCase(Locale.ROOT);
                    if (lower.startsWith("content-length:")) contentLength = Long.parseLong(line.substring(15).trim());
                    if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) chunked = true;
                }
            }
            if (headerEnd >= 0 && contentLength >= 0 && text.length() - headerEnd - 4 >= contentLength) break;
            if (headerEnd >= 0 && chunked && text.endsWith("0\r\n\r\n")) break;
        }
        String text = raw.toString(StandardCharsets.UTF_8);
        if (text.isEmpty()) throw new IOException("the server closed the connection without an answer");
        int status = Integer.parseInt(text.substring(9, 12));
        String body = headerEnd < 0 ? "" : text.substring(headerEnd + 4);
        if (chunked) body = dechunk(body);
        return new Answer(status, body);
    }

    private static String dechunk(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < body.length()) {
            int lineEnd = body.indexOf("\r\n", at);
            if (lineEnd < 0) break;
            int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
            if (size == 0) break;
            out.append(body, lineEnd + 2, Math.min(body.length(), lineEnd + 2 + size));
            at = lineEnd + 2 + size + 2;
        }
        return out.toString();
    }
}
