package io.quotewire.e2e;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** Requests sent to ingest one after another at a steady pace on a thread of their own, their answers kept. */
final class ArticleStream {

    /** One request of the stream and what ingest finally answered it. */
    record Sent(String label, PatientClient.Answer answer) {}

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> done;

    /** Starts sending: {@code send} turns each request into an answer; {@code interval} apart. */
    <T> ArticleStream(List<T> requests, Function<T, String> label, Function<T, PatientClient.Answer> send,
            Duration interval) {
        done = CompletableFuture.runAsync(() -> {
            for (T request : requests) {
                long next = System.nanoTime() + interval.toNanos();
                sent.add(new Sent(label.apply(request), send.apply(request)));
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    try {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        });
    }

    /** How many requests have been answered so far. */
    int answered() {
        return sent.size();
    }

    /** Waits until every request was answered and returns them in order. */
    List<Sent> await(Duration timeout) throws Exception {
        done.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return List.copyOf(sent);
    }
}
