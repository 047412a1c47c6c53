package cl.sit.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between SIT and its database, for outage tests: {@link #freeze()} keeps every connection open but
 * passes no more bytes (a database that stopped answering), {@link #cut()} closes every connection and refuses new
 * ones (a database that went away), {@link #restore()} relays again.
 */
public final class TcpProxy implements AutoCloseable {

    private enum Mode {
        RELAY,
        FROZEN,
        CUT
    }

    private final ServerSocket server;
    private final String host;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.RELAY;

    public TcpProxy(String host, int targetPort) {
        this.host = host;
        this.targetPort = targetPort;
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        daemon(this::accept);
    }

    public int port() {
        return server.getLocalPort();
    }

    public void freeze() {
        mode = Mode.FROZEN;
    }

    /** Closes every open connection; new ones are closed at once. */
    public void cut() {
        mode = Mode.CUT;
        closeAll();
    }

    public void restore() {
        mode = Mode.RELAY;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // Closing anyway.
        }
        closeAll();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (mode == Mode.CUT) {
                    client.close();
                    continue;
                }
                Socket target = new Socket(host, targetPort);
                sockets.add(client);
                sockets.add(target);
                pump(client, target);
                pump(target, client);
            } catch (IOException e) {
                // The server socket was closed, or the database refused: the client sees a closed connection.
            }
        }
    }

    private void pump(Socket from, Socket to) {
        daemon(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    while (mode == Mode.FROZEN) {
                        Thread.sleep(50);
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // Either side closed: close both.
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "tcp-proxy");
        t.setDaemon(true);
        t.start();
    }

    private void closeAll() {
        sockets.forEach(TcpProxy::closeQuietly);
        sockets.clear();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }
}
