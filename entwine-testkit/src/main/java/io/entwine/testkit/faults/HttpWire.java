package io.entwine.testkit.faults;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Just enough HTTP/1.1 to read a request off a socket and write an answer back (Content-Length or chunked
 * bodies, keep-alive). The proxy needs the socket itself, to close or reset it in the middle of an exchange,
 * which no HTTP server library lets a handler do.
 */
final class HttpWire {
    private static final int MAX_LINE = 64 * 1024;
    private static final int MAX_BODY = 64 * 1024 * 1024;

    private HttpWire() {
    }

    record Header(String name, String value) {
    }

    record Request(String method, String target, List<Header> headers, byte[] body) {
        String header(String name) {
            for (Header h : headers) if (h.name().equalsIgnoreCase(name)) return h.value();
            return null;
        }

        String path() {
            int q = target.indexOf('?');
            return q < 0 ? target : target.substring(0, q);
        }

        boolean wantsClose() {
            String connection = header("Connection");
            return connection != null && connection.toLowerCase(Locale.ROOT).contains("close");
        }
    }

    record Response(int status, List<Header> headers, byte[] body) {
    }

    /** The next request on the connection, or null when the peer closed it before sending one. */
    static Request readRequest(InputStream in) throws IOException {
        String requestLine = readLine(in, true);
        if (requestLine == null) return null;
        if (requestLine.isEmpty()) requestLine = readLine(in, false); // a stray CRLF between requests
        String[] parts = requestLine.split(" ");
        if (parts.length != 3 || !parts[2].startsWith("HTTP/1.")) throw new IOException("not an HTTP/1.x request line: " + requestLine);
        List<Header> headers = new ArrayList<>();
        for (String line = readLine(in, false); !line.isEmpty(); line = readLine(in, false)) {
            int colon = line.indexOf(':');
            if (colon <= 0) throw new IOException("malformed header line: " + line);
            headers.add(new Header(line.substring(0, colon).trim(), line.substring(colon + 1).trim()));
        }
        Request head = new Request(parts[0], parts[1], headers, new byte[0]);
        return new Request(parts[0], parts[1], headers, readBody(in, head));
    }

    static void writeResponse(OutputStream out, Response response, boolean close) throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(response.status()).append(' ')
                .append(reason(response.status())).append("\r\n");
        for (Header h : response.headers()) {
            String name = h.name().toLowerCase(Locale.ROOT);
            if (name.equals("content-length") || name.equals("transfer-encoding") || name.equals("connection")
                    || name.equals("keep-alive") || name.startsWith(":")) continue;
            head.append(h.name()).append(": ").append(h.value()).append("\r\n");
        }
        head.append("Content-Length: ").append(response.body().length).append("\r\n");
        if (close) head.append("Connection: close\r\n");
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(response.body());
        out.flush();
    }

    private static byte[] readBody(InputStream in, Request head) throws IOException {
        String encoding = head.header("Transfer-Encoding");
        if (encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked")) return readChunked(in);
        String length = head.header("Content-Length");
        if (length == null) return new byte[0];
        int n;
        try {
            n = Integer.parseInt(length.trim());
        } catch (NumberFormatException e) {
            throw new IOException("bad Content-Length: " + length);
        }
        if (n < 0 || n > MAX_BODY) throw new IOException("Content-Length out of range: " + n);
        byte[] body = in.readNBytes(n);
        if (body.length != n) throw new EOFException("connection closed inside a request body");
        return body;
    }

    private static byte[] readChunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(in, false);
            int semicolon = sizeLine.indexOf(';');
            int size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            if (size == 0) {
                while (!readLine(in, false).isEmpty()) {
                    // trailers are not forwarded
                }
                return body.toByteArray();
            }
            if (body.size() + size > MAX_BODY) throw new IOException("chunked body larger than " + MAX_BODY + " bytes");
            byte[] chunk = in.readNBytes(size);
            if (chunk.length != size) throw new EOFException("connection closed inside a chunk");
            body.write(chunk);
            readLine(in, false);
        }
    }

    /** A line without its CRLF; null at end of stream when {@code eofAllowed} and nothing was read. */
    private static String readLine(InputStream in, boolean eofAllowed) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                if (eofAllowed && line.size() == 0) return null;
                throw new EOFException("connection closed inside a request head");
            }
            if (b == '\n') break;
            if (line.size() >= MAX_LINE) throw new IOException("request line or header longer than " + MAX_LINE + " bytes");
            line.write(b);
        }
        String s = line.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 202 -> "Accepted";
            case 204 -> "No Content";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }
}
