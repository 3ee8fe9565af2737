package org.o365cli.host.resident;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One command as the client hands it over: what a separate process would have had.
 *
 * @param client    which client handed it over: {@link #JVM_CLIENT} or {@code native} (the C client in libexec/),
 *                  counted by the runtime for {@code cli resident status}
 * @param key       the runtime the client expects (installation, Java, JVM options, locale)
 * @param cwd       the client's working directory, absolute
 * @param terminals which of the client's stdin, stdout and stderr is a terminal
 * @param args      the command line
 * @param env       the client's environment variables
 */
record Request(String client, String key, String cwd, Terminals terminals, List<String> args, Map<String, String> env) {

    /** The Java client, {@link ResidentClient}. */
    static final String JVM_CLIENT = "jvm";

    Request {
        args = List.copyOf(args);
        env = Map.copyOf(env);
    }

    byte[] encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(Frames.PROTOCOL);
            text(out, client);
            text(out, key);
            text(out, cwd);
            out.writeBoolean(terminals.stdin());
            out.writeBoolean(terminals.stdout());
            out.writeBoolean(terminals.stderr());
            out.writeInt(args.size());
            for (String arg : args) {
                text(out, arg);
            }
            out.writeInt(env.size());
            for (Map.Entry<String, String> variable : env.entrySet()) {
                text(out, variable.getKey());
                text(out, variable.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * @throws IOException when the payload is not a request of this protocol
     */
    static Request decode(byte[] payload) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
        int protocol = in.readInt();
        if (protocol != Frames.PROTOCOL) {
            throw new IOException("protocol " + protocol + ", expected " + Frames.PROTOCOL);
        }
        String client = text(in);
        String key = text(in);
        String cwd = text(in);
        Terminals terminals = new Terminals(in.readBoolean(), in.readBoolean(), in.readBoolean());
        List<String> args = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            args.add(text(in));
        }
        Map<String, String> env = new LinkedHashMap<>();
        for (int i = count(in); i > 0; i--) {
            env.put(text(in), text(in));
        }
        return new Request(client, key, cwd, terminals, args, env);
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String text(DataInputStream in) throws IOException {
        int length = count(in);
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > Frames.MAX_FRAME) {
            throw new IOException("a count of " + count);
        }
        return count;
    }
}
