package com.accountdesk.testing.spec;

import com.accountdesk.sandbox.http.ExchangeTap;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Registered for every test (META-INF/services, autodetection): every exchange any sandbox serves
 * during a test is judged against the published descriptions when the test ends; a finding no
 * named deviation explains fails that test.
 */
public final class SpecCheckExtension implements AfterEachCallback, AfterAllCallback {
    private static final ConcurrentLinkedQueue<ExchangeTap.Exchange> SEEN = new ConcurrentLinkedQueue<>();
    /** The deviations that explained a finding of a real exchange in this JVM (the judge's own tests' made-up ones do not count), each also kept in the run's record. */
    private static final Set<String> FIRED = ConcurrentHashMap.newKeySet();

    static {
        ExchangeTap.listen(SEEN::add);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        judge();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        judge();
    }

    private static void judge() {
        List<SpecJudge.Finding> wrong = new ArrayList<>();
        for (ExchangeTap.Exchange x; (x = SEEN.poll()) != null; ) {
            for (SpecJudge.Finding f : SpecJudge.findings(x)) {
                Deviations.explaining(f).ifPresentOrElse(d -> {
                    if (FIRED.add(d.name())) {
                        RunRecord.fired(d.name());
                    }
                }, () -> wrong.add(f));
            }
        }
        if (!wrong.isEmpty()) {
            StringBuilder s = new StringBuilder("exchanges differ from the published API description, and no named deviation explains it:");
            wrong.stream().distinct().limit(20).forEach(f -> s.append("\n  ").append(f));
            throw new AssertionError(s.toString());
        }
    }
}
