package com.accountdesk.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Random;

/**
 * Makes the sandbox misbehave on purpose, for every API module: added latency, a share of requests
 * answered 500/503 (not performed), connections dropped after the request was performed (the
 * worst case for a write: done, but the caller never hears), malformed JSON and 5 MB bodies.
 * Random with a fixed seed, so a run can be repeated; tests script exact faults with {@link #script}.
 */
public final class FaultInjector {
    /** Size of the oversized answer: above the client's 4 MB cap. */
    public static final int HUGE_BODY_BYTES = 5 * 1024 * 1024;

    /** What happens to one request. */
    public enum Fault {
        NONE,
        /** Answered 500 without performing the request. */
        ERROR_500,
        /** Answered 503 without performing the request. */
        ERROR_503,
        /** Performed, then the connection is closed with no answer. */
        DROP,
        /** Performed, then answered 200 with broken JSON. */
        MALFORMED,
        /** Performed, then answered 200 with a 5 MB body. */
        HUGE
    }

    /**
     * How often each fault happens.
     *
     * @param latency   added before every answer
     * @param failRate  share of requests answered 500 or 503 (0..1)
     * @param dropRate  share of connections dropped
     * @param malformedRate share answered with broken JSON
     * @param hugeRate  share answered with a 5 MB body
     */
    public record Rates(Duration latency, double failRate, double dropRate, double malformedRate, double hugeRate) {
        public static final Rates NONE = new Rates(Duration.ZERO, 0, 0, 0, 0);

        public Rates {
            latency = latency == null || latency.isNegative() ? Duration.ZERO : latency;
            failRate = clamp(failRate);
            dropRate = clamp(dropRate);
            malformedRate = clamp(malformedRate);
            hugeRate = clamp(hugeRate);
        }

        private static double clamp(double rate) {
            return Double.isNaN(rate) ? 0 : Math.max(0, Math.min(1, rate));
        }

        public boolean any() {
            return !latency.isZero() || failRate + dropRate + malformedRate + hugeRate > 0;
        }

        public Rates withLatency(Duration d) {
            return new Rates(d, failRate, dropRate, malformedRate, hugeRate);
        }

        public Rates withFailRate(double r) {
            return new Rates(latency, r, dropRate, malformedRate, hugeRate);
        }

        public Rates withDropRate(double r) {
            return new Rates(latency, failRate, r, malformedRate, hugeRate);
        }

        public Rates withMalformedRate(double r) {
            return new Rates(latency, failRate, dropRate, r, hugeRate);
        }

        public Rates withHugeRate(double r) {
            return new Rates(latency, failRate, dropRate, malformedRate, r);
        }

        @Override
        public String toString() {
            return "latency " + latency.toMillis() + " ms, fail " + failRate + ", drop " + dropRate
                    + ", malformed " + malformedRate + ", huge " + hugeRate;
        }
    }

    private final Random random;
    private final Deque<Fault> scripted = new ArrayDeque<>();
    private volatile Rates rates;

    public FaultInjector(Rates rates, long seed) {
        this.rates = rates == null ? Rates.NONE : rates;
        this.random = new Random(seed);
    }

    public Rates rates() {
        return rates;
    }

    /** Changes the rates at once, for requests that arrive from now on. */
    public void setRates(Rates newRates) {
        rates = newRates == null ? Rates.NONE : newRates;
    }

    /** The next requests get exactly these faults, in order, before the rates apply again. */
    public synchronized void script(Fault... faults) {
        scripted.addAll(List.of(faults));
    }

    /** Decides the fault for one request. */
    synchronized Fault next() {
        if (!scripted.isEmpty()) {
            return scripted.poll();
        }
        Rates r = rates;
        double roll = random.nextDouble();
        if ((roll -= r.failRate()) < 0) {
            return random.nextBoolean() ? Fault.ERROR_500 : Fault.ERROR_503;
        }
        if ((roll -= r.dropRate()) < 0) {
            return Fault.DROP;
        }
        if ((roll -= r.malformedRate()) < 0) {
            return Fault.MALFORMED;
        }
        if ((roll -= r.hugeRate()) < 0) {
            return Fault.HUGE;
        }
        return Fault.NONE;
    }

    /** Waits the configured latency; an interrupt (server stopping) ends the wait early. */
    void delay() {
        long millis = rates.latency().toMillis();
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A body that starts as the real answer and breaks off mid-value. */
    static byte[] malformed(byte[] real) {
        int cut = Math.max(1, real.length / 2);
        byte[] out = new byte[cut + 4];
        System.arraycopy(real, 0, out, 0, Math.min(cut, real.length));
        out[cut] = '{';
        out[cut + 1] = '"';
        out[cut + 2] = ',';
        out[cut + 3] = ']';
        return out;
    }

    /** Valid JSON, just far too big: {"data":"xxxx…"}. */
    static byte[] huge() {
        byte[] out = new byte[HUGE_BODY_BYTES];
        Arrays.fill(out, (byte) 'x');
        byte[] head = "{\"data\":\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, out, 0, head.length);
        out[out.length - 2] = '"';
        out[out.length - 1] = '}';
        return out;
    }
}
