package io.quotewire.teststack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** Points a {@code @QuarkusTest} at the JVM's shared real PostgreSQL. */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return SharedPostgres.quarkusConfig();
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM; stopped by a shutdown hook.
    }
}
