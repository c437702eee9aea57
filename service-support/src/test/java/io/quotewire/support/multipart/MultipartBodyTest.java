package io.quotewire.support.multipart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The body is RFC 7578 multipart as browsers send it, with a length known up front. */
class MultipartBodyTest {

    @TempDir
    Path dir;

    @Test
    void filesFromDiskAndMemoryAndAFieldWithOneBoundary() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "Kim said no.");
        MultipartBody body = new MultipartBody()
                .file("file", file, "text/plain")
                .file("file", "quote\"d\r\nname.txt", null, "Second.".getBytes(StandardCharsets.UTF_8))
                .field("source", "Seeds");
        String boundary = body.contentType().substring("multipart/form-data; boundary=".length());
        HttpRequest.BodyPublisher publisher = body.publisher();

        String sent = read(publisher);

        assertThat(sent).isEqualTo("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nKim said no.\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"quote%22d%0D%0Aname.txt\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\nSecond.\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"source\"\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nSeeds\r\n"
                + "--" + boundary + "--\r\n");
        assertThat(publisher.contentLength()).isEqualTo(sent.getBytes(StandardCharsets.UTF_8).length);
    }

    private static String read(HttpRequest.BodyPublisher publisher) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompletableFuture<Void> done = new CompletableFuture<>();
        publisher.subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] bytes = new byte[item.remaining()];
                item.get(bytes);
                out.writeBytes(bytes);
            }

            @Override
            public void onError(Throwable throwable) {
                done.completeExceptionally(throwable);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        });
        done.get();
        return out.toString(StandardCharsets.UTF_8);
    }
}
