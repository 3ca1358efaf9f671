package org.zhaoshang.crm.nodes;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Managers logging activities on a few leads through several nodes at once, so that commands on the same lead meet.
 * Each activity's summary is unique; the load keeps the ones a node acknowledged (201) and counts the answers.
 */
final class ActivityLoad implements AutoCloseable {

    private final List<String> leads;
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
    private final AtomicInteger unanswered = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();

    ActivityLoad(List<String> leads) {
        this.leads = leads;
    }

    /** Starts {@code threads} managers sending to this node until {@link #close()}. */
    void on(Api node, String name, int threads) {
        for (int t = 0; t < threads; t++) {
            String prefix = name + "-" + t + "-";
            Thread thread = new Thread(() -> send(node, prefix), "load-" + prefix);
            thread.start();
            this.threads.add(thread);
        }
    }

    private void send(Api node, String prefix) {
        for (int i = 0; running.get(); i++) {
            String summary = prefix + i;
            String lead = leads.get(ThreadLocalRandom.current().nextInt(leads.size()));
            try {
                HttpResponse<String> answer = logCall(node, lead, summary);
                answers.computeIfAbsent(answer.statusCode(), any -> new AtomicInteger()).incrementAndGet();
                if (answer.statusCode() == 201) {
                    acknowledged.add(summary);
                }
            } catch (IOException noAnswer) {
                unanswered.incrementAndGet();
                return; // the node is gone
            } catch (InterruptedException stopped) {
                return;
            }
        }
    }

    /** A manager logs a call with this summary on the lead. */
    static HttpResponse<String> logCall(Api node, String lead, String summary)
            throws IOException, InterruptedException {
        return node.post("manager", "/api/leads/" + lead + "/activities",
                         "{\"type\":\"CALL\",\"occurredOn\":\"" + LocalDate.now() + "\",\"summary\":\"" + summary
                         + "\"}");
    }

    Set<String> acknowledged() {
        return acknowledged;
    }

    int answered(int status) {
        return answers.getOrDefault(status, new AtomicInteger()).get();
    }

    Map<Integer, AtomicInteger> answers() {
        return answers;
    }

    int unanswered() {
        return unanswered.get();
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
    }
}
