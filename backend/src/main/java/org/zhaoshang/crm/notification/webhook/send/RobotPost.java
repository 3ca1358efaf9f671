package org.zhaoshang.crm.notification.webhook.send;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Posts JSON to a robot and reads its answer within {@code zhaoshang.notifications.webhooks.connect-timeout} to
 * connect and {@code …request-timeout} for the whole exchange, at most {@value #MAX_ANSWER_BYTES} bytes of it. No
 * redirect is followed: a robot's address is the one administrators gave.
 */
@Component
class RobotPost {

    static final int MAX_ANSWER_BYTES = 64 * 1024;

    private final HttpClient client;
    private final Duration requestTimeout;

    RobotPost(@Value("${zhaoshang.notifications.webhooks.connect-timeout:3s}") Duration connectTimeout,
              @Value("${zhaoshang.notifications.webhooks.request-timeout:5s}") Duration requestTimeout) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.requestTimeout = requestTimeout;
    }

    /** The answer's status and body; a timeout, a refused connection or a broken exchange is an IOException. */
    Answer post(URI address, byte[] json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(address).timeout(requestTimeout)
                                         .header("Content-Type", "application/json; charset=utf-8")
                                         .POST(HttpRequest.BodyPublishers.ofByteArray(json)).build();
        CompletableFuture<HttpResponse<byte[]>> exchange =
                client.sendAsync(request, info -> new BoundedBody(MAX_ANSWER_BYTES));
        try {
            HttpResponse<byte[]> response = exchange.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Answer(response.statusCode(), response.body());
        } catch (TimeoutException slow) {
            exchange.cancel(true);
            throw new IOException("no answer within " + requestTimeout.toMillis() + " ms");
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof IOException io ? io : new IOException(failed.getCause());
        }
    }

    record Answer(int status, byte[] body) {
    }
}
