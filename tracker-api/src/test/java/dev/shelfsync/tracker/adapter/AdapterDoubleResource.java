package dev.shelfsync.tracker.adapter;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Points the adapter client at {@link AdapterDouble} and gives the cron endpoint a secret. */
public class AdapterDoubleResource implements QuarkusTestResourceLifecycleManager {

    public static final String CRON_SECRET = "test-cron-secret";

    @Override
    public Map<String, String> start() {
        return Map.of("shelfsync.adapter.url", AdapterDouble.start(), "shelfsync.cron.secret", CRON_SECRET);
    }

    @Override
    public void stop() {
        // one double for the whole run, like the database
    }
}
