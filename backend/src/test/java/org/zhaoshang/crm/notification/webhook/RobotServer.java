package org.zhaoshang.crm.notification.webhook;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A group robot's platform inside the test: the JDK's HTTP server on a free local port, keeping every request it
 * gets and answering what the test says (a status and a body, or nothing for a while).
 */
public final class RobotServer implements AutoCloseable {

    /** A request as the robot got it. */
    public record Received(String method, URI uri, String contentType, String body) {
    }

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile int status = 200;
    private volatile String answer = "{\"errcode\":0,\"errmsg\":\"ok\"}";
    private volatile boolean silent;

    public RobotServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI(),
                                      exchange.getRequestHeaders().getFirst("Content-Type"),
                                      new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            if (silent) {
                awaitRelease();
            }
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** The address of a path on this server, e.g. {@code /robot/send?access_token=…}. */
    public String url(String pathAndQuery) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery;
    }

    public RobotServer answers(int status, String body) {
        this.status = status;
        this.answer = body;
        return this;
    }

    /** Takes requests but answers none until closed: a robot that hangs. */
    public RobotServer hangs() {
        silent = true;
        return this;
    }

    /** The next request it got (waiting a few seconds for it), or null. */
    public Received next() throws InterruptedException {
        return received.poll(10, TimeUnit.SECONDS);
    }

    public boolean nothingMore(Duration within) throws InterruptedException {
        return received.poll(within.toMillis(), TimeUnit.MILLISECONDS) == null;
    }

    private void awaitRelease() {
        try {
            released.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}
