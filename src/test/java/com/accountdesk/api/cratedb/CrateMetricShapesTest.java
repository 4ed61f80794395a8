package com.accountdesk.api.cratedb;

import com.accountdesk.model.CrateMetric;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The metric answer is typed only as an object: every shape the client says it reads, and junk left out. */
class CrateMetricShapesTest {
    private static CrateMetric read(String json) throws Exception {
        return CrateClusterWire.metric(new ObjectMapper().readTree(json));
    }

    @Test
    void prometheusRangeAnswerOneSeriesANode() throws Exception {
        CrateMetric m = read("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":["
                + "{\"metric\":{\"instance\":\"n0\"},\"values\":[[1700000060,\"5\"],[1700000000,\"4.5\"]]},"
                + "{\"metric\":{\"instance\":\"n1\"},\"values\":[[1700000060,\"7\"]]}]}}");
        assertEquals(2, m.series().size());
        assertEquals("n0", m.series().get(0).name());
        assertEquals(Instant.ofEpochSecond(1700000000), m.series().get(0).points().get(0).at(), "sorted oldest first");
        assertEquals(7.0, m.latestMax().orElseThrow());
    }

    @Test
    void resultAtTheTopObjectsForPointsMillisAndIsoTimesAndASingleValue() throws Exception {
        CrateMetric m = read("{\"result\":[{\"values\":[{\"timestamp\":1700000000000,\"value\":3},"
                + "{\"time\":\"2023-11-14T22:14:20Z\",\"v\":\"4\"}]},{\"value\":[1700000000,\"9\"]}]}");
        assertEquals(2, m.series().get(0).points().size());
        assertEquals(Instant.ofEpochSecond(1700000000), m.series().get(0).points().get(0).at());
        assertEquals("node 1", m.series().get(1).name());
        assertEquals(9.0, m.latestMax().orElseThrow());
        assertEquals(1, read("{\"values\":[[1700000000,1]]}").series().size());
    }

    @Test
    void unreadablePointsAreLeftOutAndNothingIsEmpty() throws Exception {
        CrateMetric m = read("{\"data\":{\"result\":[{\"values\":[[1700000000,\"NaN\"],[\"soon\",1],[1e30,2],\"x\",[1700000000,\"+Inf\"],[1700000000,\"2.5\"]]}]}}");
        assertEquals(1, m.series().get(0).points().size());
        assertEquals(2.5, m.latestMax().orElseThrow());
        assertTrue(CrateClusterWire.metric(NullNode.getInstance()).isEmpty(), "204: no data");
        assertTrue(read("{\"data\":{}}").isEmpty());
        assertTrue(read("{}").latestMax().isEmpty());
    }
}
